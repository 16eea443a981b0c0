// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curl.h"

#include <QCoreApplication>

#include "journal.h"
#include "transport.h"

using namespace Qt::StringLiterals;

namespace Gregor {

QString shellQuote(const QString &text)
{
    if (!text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
            return (c.isLetterOrNumber() && c.unicode() < 128) || QStringView(u"-_./:=,@+%").contains(c);
        }))
        return text;
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

static bool isAuthHeader(const QByteArray &name)
{
    return name.compare("authorization", Qt::CaseInsensitive) == 0 ||
           name.compare("x-auth-token", Qt::CaseInsensitive) == 0;
}

// Auth as curl options; secrets as "$VAR" references (double quotes so the shell expands them).
static QStringList authArguments(const ConnectionSettings &settings, bool reveal)
{
    switch (settings.auth) {
    case ConnectionSettings::AuthKind::None:
        return {};
    case ConnectionSettings::AuthKind::Basic:
        return {u"-u"_s, reveal ? shellQuote(settings.user + u':' + settings.secret)
                                : shellQuote(settings.user + u':') + u"\"$GREGOR_PASSWORD\""_s};
    case ConnectionSettings::AuthKind::AuthToken:
        return {u"-H"_s, reveal ? shellQuote(u"X-Auth-Token: "_s + settings.secret)
                                : u"\"X-Auth-Token: $GREGOR_TOKEN\""_s};
    case ConnectionSettings::AuthKind::Bearer:
        return {u"-H"_s, reveal ? shellQuote(u"Authorization: Bearer "_s + settings.secret)
                                : u"\"Authorization: Bearer $GREGOR_TOKEN\""_s};
    }
    return {};
}

static QStringList tlsAndProxyArguments(const ConnectionSettings &settings, bool reveal)
{
    QStringList args;
    if (!settings.caFile.isEmpty())
        args << u"--cacert"_s << shellQuote(settings.caFile);
    if (!settings.clientCertFile.isEmpty()) {
        const bool p12 = settings.clientCertFile.endsWith(u".p12"_s, Qt::CaseInsensitive) ||
                         settings.clientCertFile.endsWith(u".pfx"_s, Qt::CaseInsensitive);
        args << u"--cert"_s << shellQuote(settings.clientCertFile);
        if (p12)
            args << u"--cert-type"_s << u"P12"_s;
        if (!settings.clientKeyFile.isEmpty())
            args << u"--key"_s << shellQuote(settings.clientKeyFile);
    }
    switch (settings.proxy) {
    case ConnectionSettings::ProxyKind::System:
        break;
    case ConnectionSettings::ProxyKind::None:
        args << u"--noproxy"_s << u"'*'"_s;
        break;
    case ConnectionSettings::ProxyKind::Explicit:
        args << u"--proxy"_s
             << shellQuote(settings.proxyUrl.toString(reveal ? QUrl::None : QUrl::RemovePassword));
        break;
    }
    return args;
}

static QString assemble(const ConnectionSettings &settings, const QByteArray &method, const QUrl &url,
                        const HeaderList &headers, const QByteArray &body, CurlOptions options,
                        const QString &comment)
{
    QStringList parts{u"curl"_s, u"-sS"_s};
    const bool post = method == "POST";
    if ((body.isEmpty() && method != "GET") || (!body.isEmpty() && !post))
        parts << u"-X"_s << shellQuote(QString::fromLatin1(method));
    parts << shellQuote(url.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo));
    for (const auto &[name, value] : headers) {
        if (isAuthHeader(name))
            continue;
        parts << u"-H"_s << shellQuote(QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value));
    }
    parts << authArguments(settings, options.revealSecrets)
          << tlsAndProxyArguments(settings, options.revealSecrets);
    if (!body.isEmpty()) {
        // --data-binary reads a file when the text starts with '@'; --data-raw never does.
        parts << (body.startsWith('@') ? u"--data-raw"_s : u"--data-binary"_s)
              << shellQuote(QString::fromUtf8(body));
    }
    QString command;
    if (!comment.isEmpty())
        command = u"# "_s + comment + u'\n';
    if (!options.multiLine)
        return command + parts.join(u' ');
    // Break before each option so a long produce body stays readable.
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const bool option = parts[i].startsWith(u'-') && i > 1;
        command += (i == 0 ? QString() : option ? u" \\\n  "_s : u" "_s) + parts[i];
    }
    return command;
}

QString curlCommand(const ConnectionSettings &settings, const HttpRequest &request, CurlOptions options)
{
    return assemble(settings, request.method, Transport::requestUrl(settings, request),
                    request.headers + settings.extraHeaders, request.body, options, {});
}

QString curlCommand(const ConnectionSettings &settings, const JournalEntry &entry, CurlOptions options)
{
    QString comment;
    if (entry.requestBytes > entry.requestBody.size())
        comment = QCoreApplication::translate(
                      "Gregor::Transport",
                      "the request log kept %1 of %2 body bytes; this command sends only those")
                      .arg(entry.requestBody.size())
                      .arg(entry.requestBytes);
    // Extra headers come from the settings (the journal may have redacted them), the rest as logged.
    HeaderList headers;
    for (const auto &header : entry.requestHeaders) {
        const bool extra =
            std::any_of(settings.extraHeaders.begin(), settings.extraHeaders.end(), [&](const auto &h) {
                return h.first.compare(header.first, Qt::CaseInsensitive) == 0;
            });
        if (!extra)
            headers.append(header);
    }
    return assemble(settings, entry.method, entry.url, headers + settings.extraHeaders, entry.requestBody,
                    options, comment);
}

} // namespace Gregor

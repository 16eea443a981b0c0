// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiledialog.h"

#include "connectiontestwidget.h"
#include "core/services/dialectprobe.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

using AuthKind = ConnectionSettings::AuthKind;
using ProxyKind = ConnectionSettings::ProxyKind;

static QWidget *withBrowse(QLineEdit *edit, QWidget *parent, const QString &filter)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QToolButton(row);
    browse->setText(u"…"_s);
    browse->setToolTip(QObject::tr("Choose a file"));
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QObject::connect(browse, &QToolButton::clicked, edit, [edit, filter] {
        auto *dialog = new QFileDialog(edit->window(), QObject::tr("Choose a file"), edit->text(), filter);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
        dialog->open();
    });
    return row;
}

ProfileDialog::ProfileDialog(const ConnectionProfile &profile, const ProfileSecrets &secrets,
                             bool keychainAvailable, QWidget *parent)
    : QDialog(parent)
    , m_original(profile)
    , m_keychainAvailable(keychainAvailable)
{
    setObjectName(u"profileDialog"_s);
    setWindowTitle(profile.name.isEmpty() ? tr("New connection") : tr("Connection “%1”").arg(profile.name));

    m_name = new QLineEdit(profile.name, this);
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("e.g. Production Upstash"));
    m_colorValue = profile.color;
    m_color = new QPushButton(this);
    m_color->setObjectName(u"color"_s);
    m_color->setToolTip(tr("Colour tag of this connection's tab"));
    m_dialect = new QComboBox(this);
    m_dialect->setObjectName(u"dialect"_s);
    for (DialectKind kind : allDialects())
        m_dialect->addItem(dialectName(kind), QVariant::fromValue(kind));
    m_dialect->setCurrentIndex(m_dialect->findData(QVariant::fromValue(profile.dialect)));
    m_detect = new QPushButton(tr("Auto-&detect"), this);
    m_detect->setObjectName(u"autoDetect"_s);
    m_detect->setToolTip(tr("Ask the URL which API it speaks"));
    m_detectResult = new QLabel(this);
    m_detectResult->setObjectName(u"detectResult"_s);
    m_detectResult->setWordWrap(true);
    m_url = new QLineEdit(profile.baseUrl.toString(), this);
    m_url->setObjectName(u"url"_s);
    m_url->setPlaceholderText(u"https://example-rest-kafka.upstash.io"_s);

    m_auth = new QComboBox(this);
    m_auth->setObjectName(u"auth"_s);
    m_auth->addItem(tr("None"), QVariant::fromValue(AuthKind::None));
    m_auth->addItem(tr("User name and password (Basic)"), QVariant::fromValue(AuthKind::Basic));
    m_auth->addItem(tr("API key (X-Auth-Token)"), QVariant::fromValue(AuthKind::AuthToken));
    m_auth->addItem(tr("Bearer token"), QVariant::fromValue(AuthKind::Bearer));
    m_auth->setCurrentIndex(m_auth->findData(QVariant::fromValue(profile.auth)));
    m_user = new QLineEdit(profile.user, this);
    m_user->setObjectName(u"user"_s);
    m_secret = new QLineEdit(secrets.secret, this);
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretMode = new QComboBox(this);
    m_secretMode->setObjectName(u"secretMode"_s);
    m_secretMode->addItem(tr("Store in the system keychain"),
                          QVariant::fromValue(ConnectionProfile::SecretMode::Keychain));
    m_secretMode->addItem(tr("Ask every time"),
                          QVariant::fromValue(ConnectionProfile::SecretMode::AskEveryTime));
    m_secretMode->setCurrentIndex(
        keychainAvailable && profile.secretMode == ConnectionProfile::SecretMode::Keychain ? 0 : 1);
    m_keychainNote =
        new QLabel(tr("No system keychain is available here (on Linux: no Secret Service), so the "
                      "secret is asked every time and never written to disk."),
                   this);
    m_keychainNote->setObjectName(u"keychainNote"_s);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setVisible(!keychainAvailable);
    if (!keychainAvailable)
        m_secretMode->setEnabled(false);

    m_caFile = new QLineEdit(profile.caFile, this);
    m_caFile->setObjectName(u"caFile"_s);
    m_clientCert = new QLineEdit(profile.clientCertFile, this);
    m_clientCert->setObjectName(u"clientCert"_s);
    m_clientKey = new QLineEdit(profile.clientKeyFile, this);
    m_clientKey->setObjectName(u"clientKey"_s);
    m_pinned = new QLineEdit(profile.pinnedSha256Hex, this);
    m_pinned->setObjectName(u"pinned"_s);
    m_pinned->setPlaceholderText(tr("SHA-256 of a certificate to trust, in hex"));
    m_proxy = new QComboBox(this);
    m_proxy->setObjectName(u"proxy"_s);
    m_proxy->addItem(tr("System proxy"), QVariant::fromValue(ProxyKind::System));
    m_proxy->addItem(tr("No proxy"), QVariant::fromValue(ProxyKind::None));
    m_proxy->addItem(tr("This proxy:"), QVariant::fromValue(ProxyKind::Explicit));
    m_proxy->setCurrentIndex(m_proxy->findData(QVariant::fromValue(profile.proxy)));
    m_proxyUrl = new QLineEdit(profile.proxyUrl.toString(), this);
    m_proxyUrl->setObjectName(u"proxyUrl"_s);
    m_proxyUrl->setPlaceholderText(u"http://user@proxy:3128"_s);
    m_proxyPassword = new QLineEdit(secrets.proxyPassword, this);
    m_proxyPassword->setObjectName(u"proxyPassword"_s);
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setPlaceholderText(tr("Proxy password, kept like the secret"));
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(u"timeout"_s);
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(profile.timeoutMs / 1000);
    m_maxResponse = new QSpinBox(this);
    m_maxResponse->setObjectName(u"maxResponse"_s);
    m_maxResponse->setRange(1, 4096);
    m_maxResponse->setSuffix(tr(" MiB"));
    m_maxResponse->setValue(profile.maxResponseMiB);
    m_maxResponse->setToolTip(tr("A larger answer ends the call with an error instead of filling memory"));
    m_movedNote = new QLabel(this);
    m_movedNote->setObjectName(u"movedCredentialsNote"_s);
    m_movedNote->setWordWrap(true);
    m_movedNote->hide();
    m_readOnly = new QCheckBox(tr("Read-only: no produce, commit, delete or offset reset"), this);
    m_readOnly->setObjectName(u"readOnly"_s);
    m_readOnly->setChecked(profile.readOnly);
    m_error = new QLabel(this);
    m_error->setObjectName(u"validationError"_s);
    m_error->setStyleSheet(u"color: #da4453"_s);
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_color);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameRow);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(QString(), m_movedNote);
    auto *dialectRow = new QHBoxLayout;
    dialectRow->addWidget(m_dialect, 1);
    dialectRow->addWidget(m_detect);
    auto *dialectLabel = new QLabel(tr("&API:"), this);
    dialectLabel->setBuddy(m_dialect);
    form->addRow(dialectLabel, dialectRow);
    form->addRow(QString(), m_detectResult);
    form->addRow(tr("Au&thentication:"), m_auth);
    form->addRow(tr("U&ser name:"), m_user);
    form->addRow(tr("&Secret:"), m_secret);
    form->addRow(QString(), m_secretMode);
    form->addRow(QString(), m_keychainNote);

    auto *tls = new QGroupBox(tr("TLS and network"), this);
    tls->setCheckable(false);
    auto *tlsForm = new QFormLayout(tls);
    tlsForm->addRow(tr("Extra CA file:"),
                    withBrowse(m_caFile, tls, tr("Certificates (*.pem *.crt);;All files (*)")));
    tlsForm->addRow(
        tr("Client certificate:"),
        withBrowse(m_clientCert, tls, tr("Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)")));
    tlsForm->addRow(tr("Client key:"), withBrowse(m_clientKey, tls, tr("Keys (*.pem *.key);;All files (*)")));
    tlsForm->addRow(tr("Trust certificate:"), m_pinned);
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxy);
    proxyRow->addWidget(m_proxyUrl, 1);
    tlsForm->addRow(tr("Proxy:"), proxyRow);
    tlsForm->addRow(tr("Proxy password:"), m_proxyPassword);
    tlsForm->addRow(tr("Timeout:"), m_timeout);
    tlsForm->addRow(tr("Largest answer:"), m_maxResponse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *testButton = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    testButton->setObjectName(u"testConnection"_s);
    buttons->setObjectName(u"buttons"_s);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(tls);
    leftLayout->addWidget(m_readOnly);
    leftLayout->addWidget(m_error);
    leftLayout->addStretch(1);
    m_test = new ConnectionTestWidget(this);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_test);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1000, 620);

    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_detect, &QPushButton::clicked, this, &ProfileDialog::autoDetect);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateFields);
    connect(m_url, &QLineEdit::editingFinished, this, &ProfileDialog::moveUrlCredentials);
    connect(m_proxyUrl, &QLineEdit::editingFinished, this, &ProfileDialog::moveUrlCredentials);
    connect(m_proxy, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateFields);
    connect(m_color, &QPushButton::clicked, this, [this] {
        auto *dialog = new QColorDialog(QColor::fromString(m_colorValue), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &color) {
            m_colorValue = color.name();
            updateFields();
        });
        dialog->open();
    });
    updateFields();
}

void ProfileDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    setTabOrderToVisualOrder(); // laid out now, so the buttons' places are known
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::setTabOrderToVisualOrder()
{
    // Creation order is not the order on screen (the colour button and the API row are made
    // before the URL): chain the fields top to bottom, left to right, as the form shows them.
    QList<QWidget *> chain{m_name, m_color, m_url,    m_dialect,   m_detect,
                           m_auth, m_user,  m_secret, m_secretMode};
    const auto addRow = [&chain](QLineEdit *edit) {
        chain.append(edit);
        for (QWidget *sibling : edit->parentWidget()->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly))
            chain.append(sibling);
    };
    addRow(m_caFile);
    addRow(m_clientCert);
    addRow(m_clientKey);
    chain << m_pinned << m_proxy << m_proxyUrl << m_proxyPassword << m_timeout << m_maxResponse << m_readOnly
          << static_cast<QWidget *>(m_test->steps());
    // The buttons as the platform lays them out (the order differs between desktops).
    QList<QPushButton *> buttons = findChild<QDialogButtonBox *>(u"buttons"_s)->findChildren<QPushButton *>();
    std::ranges::sort(buttons, {}, [this](QPushButton *b) { return b->mapTo(this, QPoint(0, 0)).x(); });
    for (QPushButton *button : buttons)
        chain.append(button);
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

void ProfileDialog::moveUrlCredentials()
{
    ConnectionProfile typed;
    typed.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    typed.proxyUrl = QUrl(m_proxyUrl->text().trimmed());
    typed.auth = m_auth->currentData().value<AuthKind>();
    typed.user = m_user->text().trimmed();
    const bool urlHadCredentials = !typed.baseUrl.userInfo().isEmpty();
    const ProfileSecrets found = typed.moveUrlCredentials();
    if (!urlHadCredentials && found.proxyPassword.isEmpty())
        return;
    if (urlHadCredentials) {
        m_url->setText(typed.baseUrl.toString());
        setAuth(typed.auth, typed.user);
        if (!found.secret.isEmpty())
            m_secret->setText(found.secret);
    }
    if (!found.proxyPassword.isEmpty()) {
        m_proxyUrl->setText(typed.proxyUrl.toString());
        m_proxyPassword->setText(found.proxyPassword);
    }
    m_movedUrlCredentials = true;
    m_movedNote->setText(tr("The user name and password were moved out of the URL into the fields below: "
                            "URLs are stored and shown, passwords are kept in the keychain."));
    m_movedNote->show();
}

void ProfileDialog::updateFields()
{
    const auto auth = m_auth->currentData().value<AuthKind>();
    m_user->setEnabled(auth == AuthKind::Basic);
    m_secret->setEnabled(auth != AuthKind::None);
    m_secretMode->setEnabled(auth != AuthKind::None && m_keychainAvailable);
    m_secret->setPlaceholderText(auth == AuthKind::Basic ? tr("Password") : tr("Token or API key"));
    m_proxyUrl->setEnabled(m_proxy->currentData().value<ProxyKind>() == ProxyKind::Explicit);
    m_proxyPassword->setEnabled(m_proxyUrl->isEnabled());
    m_color->setStyleSheet(u"QPushButton { background: %1; min-width: 2em; }"_s.arg(m_colorValue));
}

void ProfileDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void ProfileDialog::setSecret(const QString &secret)
{
    m_secret->setText(secret);
}

void ProfileDialog::setAuth(ConnectionSettings::AuthKind kind, const QString &user)
{
    m_auth->setCurrentIndex(m_auth->findData(QVariant::fromValue(kind)));
    m_user->setText(user);
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile profile = m_original;
    profile.name = m_name->text().trimmed();
    profile.color = m_colorValue;
    profile.dialect = m_dialect->currentData().value<DialectKind>();
    profile.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    profile.auth = m_auth->currentData().value<AuthKind>();
    profile.user = profile.auth == AuthKind::Basic ? m_user->text().trimmed() : QString();
    profile.secretMode = m_keychainAvailable
                             ? m_secretMode->currentData().value<ConnectionProfile::SecretMode>()
                             : ConnectionProfile::SecretMode::AskEveryTime;
    profile.caFile = m_caFile->text().trimmed();
    profile.clientCertFile = m_clientCert->text().trimmed();
    profile.clientKeyFile = m_clientKey->text().trimmed();
    profile.pinnedSha256Hex = m_pinned->text().remove(u':').trimmed().toLower();
    profile.proxy = m_proxy->currentData().value<ProxyKind>();
    profile.proxyUrl = QUrl(m_proxyUrl->text().trimmed());
    profile.timeoutMs = m_timeout->value() * 1000;
    profile.maxResponseMiB = m_maxResponse->value();
    profile.readOnly = m_readOnly->isChecked();
    // Whatever was typed where, no URL leaves the dialog with a password in it.
    profile.moveUrlCredentials();
    return profile;
}

QString ProfileDialog::secret() const
{
    return secrets().secret;
}

ProfileSecrets ProfileDialog::secrets() const
{
    // Fields win; a password still inside a URL (accepted before the field was left) counts too.
    ConnectionProfile typed;
    typed.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    typed.proxyUrl = QUrl(m_proxyUrl->text().trimmed());
    const ProfileSecrets inUrls = typed.moveUrlCredentials();
    return {m_secret->text().isEmpty() ? inUrls.secret : m_secret->text(),
            m_proxyPassword->text().isEmpty() ? inUrls.proxyPassword : m_proxyPassword->text()};
}

QString ProfileDialog::validationError() const
{
    const ConnectionProfile edited = profile();
    if (edited.name.isEmpty())
        return tr("Give the connection a name.");
    if (!edited.localSandbox &&
        (!edited.baseUrl.isValid() || edited.baseUrl.host().isEmpty() ||
         (edited.baseUrl.scheme() != u"http"_s && edited.baseUrl.scheme() != u"https"_s)))
        return tr("Enter the server's URL, starting with https:// or http://.");
    if (edited.auth == AuthKind::Basic && edited.user.isEmpty())
        return tr("Enter the user name, or choose another kind of authentication.");
    if (edited.proxy == ProxyKind::Explicit && !edited.proxyUrl.isValid())
        return tr("Enter the proxy as http://host:port or socks5://host:port.");
    return {};
}

void ProfileDialog::testConnection()
{
    const QString error = validationError();
    m_error->setText(error);
    if (!error.isEmpty())
        return;
    m_test->run(profile(), secrets());
}

void ProfileDialog::autoDetect()
{
    const QString error = validationError();
    m_error->setText(error);
    if (!error.isEmpty())
        return;
    if (m_probe)
        m_probe->deleteLater();
    m_detect->setEnabled(false);
    m_detectResult->setText(tr("Asking the server…"));
    m_probe = new DialectProbe(profile(), secrets(), this);
    connect(m_probe, &DialectProbe::finished, this,
            [this](std::optional<DialectKind> found, const QString &detail) {
                m_detect->setEnabled(true);
                m_detectResult->setText(detail);
                if (found)
                    m_dialect->setCurrentIndex(m_dialect->findData(QVariant::fromValue(*found)));
                m_probe->deleteLater();
            });
    m_probe->start();
}

void ProfileDialog::accept()
{
    moveUrlCredentials();
    const QString error = validationError();
    m_error->setText(error);
    if (error.isEmpty())
        QDialog::accept();
}

} // namespace Gregor

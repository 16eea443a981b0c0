// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer.h"

#include "core/api/kafkaclient.h"
#include "core/http/curl.h"
#include "headersmodel.h"

#include <QDateTime>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Gregor {

Composer::Composer(KafkaClient *client, ComposerPaths paths, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_paths(std::move(paths))
    , m_drafts(m_paths.draftFile)
    , m_headers(new HeadersModel(this))
    , m_autosave(new QTimer(this))
    , m_history(new ComposerHistory(m_paths.historyFile, this))
    , m_templates(m_paths.templatesDir)
    , m_seq(m_paths.seqFile)
{
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(AutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &Composer::saveDraftNow);
    connect(m_headers, &HeadersModel::headersEdited, this, &Composer::markEdited);
    if (auto restored = m_drafts.load()) {
        m_draft = *restored;
        m_headers->setHeaders(restored->headers);
    }
    m_dirty = false;
    m_autosave->stop();
}

Composer::~Composer()
{
    if (m_dirty)
        saveDraftNow();
    if (m_job)
        m_job->cancel();
}

void Composer::setClient(KafkaClient *client)
{
    m_client = client;
    Q_EMIT clientChanged();
}

ComposeTarget Composer::target() const
{
    if (!m_client)
        return ComposeTarget::of(DialectKind::Upstash);
    return {m_client->dialect(), m_client->capabilities()};
}

std::optional<QString> Composer::sendingRefusal() const
{
    if (!m_client)
        return tr("The connection is not open yet.");
    if (m_client->settings().readOnly)
        return tr("This connection is read-only: producing is turned off. Edit the connection to send.");
    return std::nullopt;
}

ComposedRecord Composer::draft() const
{
    ComposedRecord draft = m_draft;
    draft.headers = m_headers->headers();
    return draft;
}

void Composer::setDraft(const ComposedRecord &draft)
{
    m_draft = draft;
    const QSignalBlocker blocker(m_headers); // one autosave, not one per header
    m_headers->setHeaders(draft.headers);
    markEdited();
    Q_EMIT draftReplaced();
}

void Composer::updateDraft(const ComposedRecord &draft)
{
    const QString templateName = m_draft.templateName;
    m_draft = draft;
    m_draft.templateName = templateName; // the form does not show it; a template edited stays one
    m_draft.headers.clear();
    markEdited();
}

void Composer::markEdited()
{
    m_dirty = true;
    if (!m_autosave->isActive())
        m_autosave->start();
}

void Composer::setAutosaveDelay(int ms)
{
    m_autosave->setInterval(ms);
}

void Composer::saveDraftNow()
{
    m_autosave->stop();
    if (m_drafts.save(draft()))
        m_dirty = false;
}

std::expected<PreparedSend, ComposeProblem> Composer::prepare() const
{
    const ComposedRecord composed = draft();
    TemplateContext context = TemplateContext::forSend(m_seq.peek(composed.templateName));
    auto record = buildRecord(composed, target(), context);
    if (!record)
        return std::unexpected(record.error());
    PreparedSend prepared;
    prepared.composed = composed;
    prepared.record = *record;
    prepared.usesSeq = context.usedSeq;
    prepared.hasVariables =
        hasTemplateVariables(composed.key) || hasTemplateVariables(composed.value) ||
        std::any_of(composed.headers.begin(), composed.headers.end(),
                    [](const ComposedHeader &h) { return hasTemplateVariables(h.value); });
    if (m_client)
        prepared.request = m_client->produceRequest({prepared.record});
    return prepared;
}

QString Composer::describe(const HttpRequest &request)
{
    QString text = QString::fromLatin1(request.method) + u' ' + request.path;
    if (!request.query.isEmpty())
        text += u'?' + request.query.toString(QUrl::FullyEncoded);
    text += u'\n';
    for (const auto &[name, value] : request.headers)
        text += QString::fromLatin1(name) + u": "_s + QString::fromLatin1(value) + u'\n';
    text += u'\n' + QString::fromUtf8(request.body);
    return text;
}

QString Composer::curl(bool revealSecrets) const
{
    if (!m_client)
        return {};
    const auto prepared = prepare();
    if (!prepared)
        return {};
    return curlCommand(m_client->settings(), prepared->request, {.revealSecrets = revealSecrets});
}

std::optional<int> Composer::predictedPartition(int partitionCount) const
{
    const ComposedRecord composed = draft();
    if (composed.keyEncoding == FieldEncoding::Text && hasTemplateVariables(composed.key))
        return std::nullopt;
    TemplateContext context = TemplateContext::forSend(0);
    ComposedRecord keyOnly = composed;
    keyOnly.value = u"null"_s; // the value's problems do not hide the key's partition
    keyOnly.valueEncoding = FieldEncoding::Text;
    keyOnly.headers.clear();
    keyOnly.timestampMode = TimestampMode::Server;
    if (keyOnly.topic.trimmed().isEmpty())
        keyOnly.topic = u"-"_s;
    const auto record = buildRecord(keyOnly, target(), context);
    if (!record)
        return std::nullopt;
    return defaultPartition(*record, partitionCount);
}

bool Composer::sendDraft()
{
    const auto prepared = prepare();
    if (!prepared) {
        m_errorSentence = prepared.error().sentence;
        setState(State::Failed);
        return false;
    }
    return send(*prepared);
}

bool Composer::send(const PreparedSend &prepared)
{
    if (m_state == State::Sending)
        return false;
    if (auto refusal = sendingRefusal()) {
        m_error = ApiError::make(ErrorKind::Unsupported, *refusal);
        m_errorSentence = *refusal;
        setState(State::Failed);
        return false;
    }
    if (prepared.usesSeq)
        m_seq.take(prepared.composed.templateName);
    m_result = {};
    m_error = {};
    m_errorSentence.clear();
    m_lastSent = prepared.record;
    setState(State::Sending);
    m_job = m_client->produce({prepared.record}, this, [this, prepared](Result<QList<ProduceResult>> result) {
        finishSend(result, prepared);
    });
    return true;
}

void Composer::cancel()
{
    if (m_job)
        m_job->cancel();
}

static ComposedRecord sentRecord(const ComposedRecord &composed, const ProduceRecord &record)
{
    ComposedRecord sent = ComposedRecord::fromRecord(
        Record{record.topic, -1, -1, std::nullopt, record.key, record.value, record.headers});
    sent.partition = record.partition;
    sent.syntax = composed.syntax;
    sent.format = composed.format;
    if (record.timestampMs) {
        sent.timestampMode = TimestampMode::Chosen;
        sent.chosenTimestampMs = *record.timestampMs;
    }
    return sent;
}

void Composer::finishSend(const Result<QList<ProduceResult>> &result, const PreparedSend &prepared)
{
    m_job = nullptr;
    if (!result || result->size() != 1 || !result->first().ok()) {
        m_error = !result ? result.error()
                  : result->isEmpty()
                      ? ApiError::make(ErrorKind::Protocol,
                                       tr("The server answered without a result for the record."))
                      : *result->first().error;
        if (m_error.outcomeUnknown) {
            m_errorSentence = tr("Outcome unknown — look at the topic before you send again. "
                                 "The connection was lost after the record was sent; it may have landed.");
            return setState(State::OutcomeUnknown);
        }
        m_errorSentence = m_error.userText;
        return setState(State::Failed);
    }
    m_result = result->first();
    HistoryEntry entry;
    entry.sentAtMs = QDateTime::currentMSecsSinceEpoch();
    entry.record = sentRecord(prepared.composed, prepared.record);
    entry.partition = m_result.partition;
    entry.offset = m_result.offset;
    entry.timestampMs = m_result.timestampMs;
    m_history->add(entry);
    setState(State::Sent);
}

void Composer::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Composer::setTemplatesFolder(const QString &folder)
{
    m_templates = TemplateLibrary(folder);
}

std::expected<void, QString> Composer::saveTemplate(const QString &name)
{
    auto saved = m_templates.save(name, draft());
    if (saved) {
        m_draft.templateName = name.trimmed();
        markEdited();
    }
    return saved;
}

std::expected<void, QString> Composer::loadTemplate(const QString &name)
{
    auto record = m_templates.load(name);
    if (!record)
        return std::unexpected(record.error());
    setDraft(*record);
    return {};
}

void Composer::loadHistoryEntry(int row)
{
    if (row < 0 || row >= m_history->size())
        return;
    setDraft(m_history->entry(row).record);
}

} // namespace Gregor

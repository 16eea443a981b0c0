// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "composebuilder.h"
#include "composerhistory.h"
#include "composerstorage.h"
#include "core/api/apierror.h"
#include "core/api/kafkaclient.h"
#include "core/api/result.h"
#include "core/http/httprequest.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace Gregor {

class HeadersModel;

// A record ready to go: variables expanded once, so what the preview shows is what is sent.
struct PreparedSend
{
    ComposedRecord composed; // the form it came from
    ProduceRecord record;
    HttpRequest request;
    bool usesSeq = false;
    bool hasVariables = false;
};

// The composer of one connection, without widgets: the form's state (autosaved as a draft),
// building and sending the record, its result, the history, templates and {{seq}}. The pane is
// a view of it; tests drive it directly.
class Composer : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Sending,
        Sent,
        Failed,
        OutcomeUnknown, // the connection was lost after the request left: it may have landed
    };
    Q_ENUM(State)
    static constexpr int AutosaveDelayMs = 3000;

    // client may be null until the connection is ready (setClient()).
    Composer(KafkaClient *client, ComposerPaths paths, QObject *parent = nullptr);
    ~Composer() override; // writes the draft

    void setClient(KafkaClient *client);
    KafkaClient *client() const { return m_client; }
    ComposeTarget target() const;
    // Why nothing can be sent here at all (read-only connection, no client yet), or nullopt.
    std::optional<QString> sendingRefusal() const;

    ComposedRecord draft() const;                  // with the headers of headers()
    void setDraft(const ComposedRecord &draft);    // replaces the form: draftReplaced()
    void updateDraft(const ComposedRecord &draft); // the pane's edits (headers stay in headers())
    HeadersModel *headers() const { return m_headers; }
    void markEdited(); // the pane edited the form: schedules the autosave
    void saveDraftNow();
    void setAutosaveDelay(int ms); // AutosaveDelayMs unless a test is in a hurry
    QString draftFile() const { return m_drafts.path(); }

    // Builds the record with fresh variables ({{seq}} shows the next value, not yet taken).
    std::expected<PreparedSend, ComposeProblem> prepare() const;
    // "POST /produce … body": the request exactly as prepare() would send it.
    static QString describe(const HttpRequest &request);
    QString curl(bool revealSecrets = false) const;
    // Where the default partitioner puts the draft's key, among partitionCount partitions; nullopt
    // without a key, with a chosen partition, or while the key has variables.
    std::optional<int> predictedPartition(int partitionCount) const;

    // Sends a prepared record (never retried: a lost answer is OutcomeUnknown). False when it
    // could not start (a send in flight, refused); the reason is in errorSentence().
    bool send(const PreparedSend &prepared);
    bool sendDraft(); // prepare() + send()
    void cancel();

    State state() const { return m_state; }
    const ProduceResult &result() const { return m_result; }
    const ApiError &error() const { return m_error; }
    QString errorSentence() const { return m_errorSentence; }
    const ProduceRecord &lastSent() const { return m_lastSent; }

    ComposerHistory *history() const { return m_history; }
    const TemplateLibrary &templates() const { return m_templates; }
    void setTemplatesFolder(const QString &folder);
    std::expected<void, QString> saveTemplate(const QString &name);
    std::expected<void, QString> loadTemplate(const QString &name);
    SeqCounters &seqCounters() { return m_seq; }
    void loadHistoryEntry(int row); // the form becomes the record that was sent

Q_SIGNALS:
    void draftReplaced(); // setDraft, a template or a history entry: the pane re-reads the form
    void stateChanged(Gregor::Composer::State state);
    void clientChanged();

private:
    void setState(State state);
    void finishSend(const Result<QList<ProduceResult>> &result, const PreparedSend &prepared);

    QPointer<KafkaClient> m_client;
    ComposerPaths m_paths;
    DraftStore m_drafts;
    ComposedRecord m_draft; // headers live in m_headers
    HeadersModel *m_headers;
    QTimer *m_autosave;
    bool m_dirty = false;
    ComposerHistory *m_history;
    TemplateLibrary m_templates;
    SeqCounters m_seq;
    QPointer<Job> m_job;
    State m_state = State::Idle;
    ProduceResult m_result;
    ApiError m_error;
    QString m_errorSentence;
    ProduceRecord m_lastSent;
};

} // namespace Gregor

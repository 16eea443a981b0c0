// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/compose/composer.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QToolButton;

namespace Gregor {

class AppSettings;
class ComposerForm;
class HistoryPanel;
class OpenConnection;
class TemplatesMenu;
class TopicListModel;

// The Composer work area: the form, Send (Ctrl+Enter) with the exact request previewed first
// when variables are expanded, the server's answer, history, templates, copy as curl.
class ComposerPane : public QWidget
{
    Q_OBJECT
public:
    ComposerPane(OpenConnection *connection, TopicListModel *topics, AppSettings *settings,
                 QWidget *parent = nullptr);
    ~ComposerPane() override;

    Composer *composer() const { return m_composer; }
    ComposerForm *form() const { return m_form; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *resultLabel() const { return m_result; }
    QPlainTextEdit *previewText() const { return m_previewText; }
    QPushButton *showInMessagesButton() const { return m_showInMessages; }
    QPushButton *readNewestButton() const { return m_readNewest; }
    QSplitter *splitter() const { return m_split; } // form | history, remembered by the view

    void send();    // Ctrl+Enter: previews first when the record has variables
    void preview(); // shows the exact request without sending
    QString copyAsCurl();
    // Re-produce: the form becomes this record (key, headers, value), same topic to start with.
    void fillFrom(const Record &record);
    void saveTemplateAs(const QString &name);

Q_SIGNALS:
    void showRecordRequested(const QString &topic, int partition, qint64 offset);
    void readNewestRequested(const QString &topic, int partition); // -1: every partition
    void showExchangeRequested(quint64 journalId);
    void bulkProduceRequested();

private:
    void syncFromForm();
    void showState();
    void showPreview(const PreparedSend &prepared, const QString &note);
    void refreshPrediction();
    void refreshTarget();

    OpenConnection *m_connection;
    AppSettings *m_settings;
    Composer *m_composer;
    ComposerForm *m_form;
    HistoryPanel *m_historyPanel;
    QLabel *m_readOnly;
    QPushButton *m_send;
    QPushButton *m_preview;
    QPushButton *m_curl;
    QPushButton *m_bulk;
    QToolButton *m_templates;
    TemplatesMenu *m_templatesMenu;
    QToolButton *m_variables;
    QWidget *m_previewBox;
    QLabel *m_previewNote;
    QPlainTextEdit *m_previewText;
    QLabel *m_result;
    QPushButton *m_showInMessages;
    QPushButton *m_readNewest;
    QPushButton *m_showRequest;
    QSplitter *m_split;
    std::optional<PreparedSend> m_prepared; // previewed with its variables, waiting for Send
    bool m_sendAfterCheck = false;
};

} // namespace Gregor

// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/record.h"
#include "core/records/filterspec.h"
#include "core/records/recordexporter.h"
#include "core/tail/tailconfig.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QSplitter;
class QTableView;
class QToolButton;

namespace Gregor {

class AppSettings;
class HighlightButton;
class OpenConnection;
class RecordDetailPane;
class SearchBar;
class TailExporter;
class TailFollower;
class TailPartitionsModel;
class TailRecordsModel;
class TailSession;
class TailSetupBar;
class TopicListModel;

// One tail, one tab of the Tail area: the setup bar, a status line (state, rate, totals, "12 of
// 4,210 shown"), the partitions it follows, the filter and highlight rules, the records table
// that keeps to the newest row, and the record in full beside it. The session is made on Start
// and stopped when the view goes; the settings (not the records) are remembered by the pane.
class TailView : public QWidget
{
    Q_OBJECT
public:
    TailView(OpenConnection *connection, TopicListModel *topics, AppSettings *settings,
             QWidget *parent = nullptr);
    ~TailView() override; // stops the session (a group member is removed from its group)

    // What is remembered: the config (filter text included), the filter's mode and scope, the
    // highlight rules and whether the partitions are shown.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);
    TailConfig config() const;
    QString title() const;
    bool isActive() const; // started and not stopped

    void start(); // errors in one sentence in the status line
    void stop();
    void toggleStartStop();
    void togglePause();
    void clear();
    void commitShown();
    QString copyAsCurl();
    void exportRecords(bool shownOnly); // asks for a file, then writes off the GUI thread
    void exportTo(const QString &path, ExportFormat format, bool shownOnly);
    void focusFilter();
    void focusSetup();
    using SendTargets = std::function<QList<QPair<QString, QString>>()>;
    void setSendTargets(SendTargets targets) { m_sendTargets = std::move(targets); }
    QList<Record> selectedRecords() const;

    TailSession *session() const { return m_session.get(); }
    TailRecordsModel *model() const { return m_model; }
    TailSetupBar *setup() const { return m_setup; }
    TailFollower *follower() const { return m_follower; }
    TailPartitionsModel *partitionsModel() const { return m_partitions; }
    QTableView *partitionsView() const { return m_partitionsView; }
    QTableView *table() const { return m_table; }
    SearchBar *searchBar() const { return m_search; }
    HighlightButton *highlights() const { return m_highlight; }
    RecordDetailPane *detail() const { return m_detail; }
    QSplitter *splitter() const { return m_splitter; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *statsLabel() const { return m_stats; }
    QLabel *noteLabel() const { return m_note; }
    TailExporter *exporter() const { return m_exporter; }

Q_SIGNALS:
    void titleChanged(const QString &title);
    void stateChanged();
    void configChanged(); // something remembered changed: the pane saves
    void sendAgainRequested(const QList<Gregor::Record> &records, const QString &targetProfileId);

private:
    void buildTable(QWidget *parent);
    void updateState();
    void updateStats();
    void updatePartitions();
    void applyHighlights();
    void showCurrentRecord();
    void showTableMenu(const QPoint &position);
    void applyCapabilities(); // the connection's: start-by-time, and whether it can tail at all
    void note(const QString &text);

    OpenConnection *m_connection;
    AppSettings *m_settings;
    TailRecordsModel *m_model;
    TailPartitionsModel *m_partitions;
    TailExporter *m_exporter;
    std::unique_ptr<TailSession> m_session;
    TailSetupBar *m_setup;
    QLabel *m_status;
    QLabel *m_note;
    QLabel *m_stats;
    QToolButton *m_partitionsToggle;
    QTableView *m_partitionsView;
    SearchBar *m_search;
    HighlightButton *m_highlight;
    QTableView *m_table;
    TailFollower *m_follower = nullptr;
    RecordDetailPane *m_detail;
    QSplitter *m_splitter;
    FilterSpec m_filter; // the filter applied; empty query: none
    SendTargets m_sendTargets;
};

} // namespace Gregor

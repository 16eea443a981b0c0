// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/record.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace Gregor {

class FilteredRecordsModel;
class OpenConnection;
class ReadOptionsBar;
class RecordDetailPane;
class RecordReader;
class RecordsModel;
class SearchBar;
class TopicDetailsView;

// The Messages work area: read a topic into a table of a million rows if need be, look at one
// record in full, search what is loaded, compare two values, export.
class MessagesPane : public QWidget
{
    Q_OBJECT
public:
    explicit MessagesPane(OpenConnection *connection, QWidget *parent = nullptr);
    ~MessagesPane() override;

    void setTopic(const QString &topic, int partitionCount);
    QString topic() const; // the topic shown, empty before one was picked
    void read();
    void cancelRead();
    QString copyReadAsCurl();
    void compareSelected();
    void exportRecords();
    void focusSearch();
    // Reads one record and shows it ("Show in Messages" after a send).
    void showRecord(const QString &topic, int partition, qint64 offset);
    // Reads the newest records of a partition (-1: of every partition): "did my send land?"
    void readNewest(const QString &topic, int partition, qint64 count = 20);
    // The other open connections a record can be sent again to: (profile id, name).
    using SendTargets = std::function<QList<QPair<QString, QString>>()>;
    void setSendTargets(SendTargets targets) { m_sendTargets = std::move(targets); }
    QList<Record> selectedRecords() const;
    void sendSelectedAgain(const QString &targetProfileId = {});

    ReadOptionsBar *readOptions() const { return m_readBar; }
    SearchBar *searchBar() const { return m_search; }
    QTableView *table() const { return m_table; }
    RecordDetailPane *detail() const { return m_detail; }
    RecordsModel *records() const { return m_records; }
    FilteredRecordsModel *filtered() const { return m_filtered; }
    RecordReader *reader() const { return m_reader; }
    TopicDetailsView *topicDetails() const { return m_topicDetails; }

Q_SIGNALS:
    // "Send again…": one record opens the composer, several the bulk producer; an empty target
    // is this connection.
    void sendAgainRequested(const QList<Gregor::Record> &records, const QString &targetProfileId);

private:
    void showCurrentRecord();
    void showTableMenu(const QPoint &position);
    void updateCounts();
    QList<qsizetype> selectedStoreRows() const;

    OpenConnection *m_connection;
    RecordsModel *m_records;
    FilteredRecordsModel *m_filtered;
    RecordReader *m_reader;
    ReadOptionsBar *m_readBar;
    TopicDetailsView *m_topicDetails;
    SearchBar *m_search;
    QTableView *m_table;
    RecordDetailPane *m_detail;
    QLabel *m_counts;
    QPushButton *m_compare;
    QPushButton *m_export;
    QString m_sortingColumn; // the column a sort in flight orders by, for its status
    SendTargets m_sendTargets;
    bool m_selectFirstWhenRead = false;
};

} // namespace Gregor

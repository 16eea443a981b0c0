// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/compose/composebuilder.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace Gregor {

class HeadersModel;
class TopicListModel;
class ValueEditor;

// The composer's fields: topic (completed from the topic list), partition with the default
// partitioner's choice for the key, key, timestamp, embedded format, headers and the value.
// What the connection's dialect cannot send is disabled with the capability sheet's sentence
// beside it.
class ComposerForm : public QWidget
{
    Q_OBJECT
public:
    ComposerForm(HeadersModel *headers, TopicListModel *topics, QWidget *parent = nullptr);

    // The form's content; headers live in the HeadersModel.
    ComposedRecord record() const;
    void setRecord(const ComposedRecord &record);
    void setTarget(const ComposeTarget &target);
    void setPredictedPartition(std::optional<int> partition, const QString &why);
    int partitionCount() const; // of the chosen topic, 0 when unknown
    void showProblem(const std::optional<ComposeProblem> &problem);
    void loadValueFromFile(const QString &path);

    QComboBox *topic() const { return m_topic; }
    QComboBox *partition() const { return m_partition; }
    QComboBox *keyEncoding() const { return m_keyEncoding; }
    QLineEdit *key() const { return m_key; }
    QComboBox *timestampMode() const { return m_timestampMode; }
    QDateTimeEdit *timestamp() const { return m_timestamp; }
    QComboBox *format() const { return m_format; }
    QTableView *headersView() const { return m_headersView; }
    QComboBox *valueEncoding() const { return m_valueEncoding; }
    QComboBox *syntax() const { return m_syntax; }
    ValueEditor *value() const { return m_value; }
    QToolButton *loadFileButton() const { return m_loadFile; }
    QWidget *lastField() const;

Q_SIGNALS:
    void edited();
    void loadFileRequested();

private:
    void updateTopicNames();
    void updatePartitions();
    void updateEnabled();
    void addReason(QLabel *label, const std::optional<QString> &reason);

    HeadersModel *m_headers;
    TopicListModel *m_topics;
    ComposeTarget m_target;
    QComboBox *m_topic;
    QComboBox *m_partition;
    QLabel *m_prediction;
    QLabel *m_partitionReason;
    QComboBox *m_keyEncoding;
    QLineEdit *m_key;
    QComboBox *m_timestampMode;
    QDateTimeEdit *m_timestamp;
    QLabel *m_timestampReason;
    QComboBox *m_format;
    QLabel *m_formatReason;
    QTableView *m_headersView;
    QToolButton *m_addHeader;
    QToolButton *m_removeHeader;
    QLabel *m_headersReason;
    QComboBox *m_valueEncoding;
    QComboBox *m_syntax;
    QToolButton *m_pretty;
    QToolButton *m_compact;
    QToolButton *m_loadFile;
    ValueEditor *m_value;
    QLabel *m_problem;
    bool m_filling = false;
};

} // namespace Gregor

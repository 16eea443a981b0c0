// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/record.h"
#include "core/codec/valueformat.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Gregor {

// One record in full: metadata, key, headers and value. Values are detected (JSON, XML, text,
// binary), pretty-printed and highlighted; binary shows as a hex dump. Values over 1 MiB show
// their first 256 KiB at once and the rest on demand, formatted off the GUI thread.
class RecordDetailPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr qsizetype LargeValueBytes = 1024 * 1024;
    static constexpr qsizetype FirstChunkBytes = 256 * 1024;

    explicit RecordDetailPane(QWidget *parent = nullptr);
    ~RecordDetailPane() override;

    void showRecord(const Record &record);
    void clear();
    const Record &record() const { return m_record; }
    bool hasRecord() const { return m_hasRecord; }

    // Shows the whole of a large value (formatting runs on a worker thread).
    void showWholeValue();
    bool isShowingWholeValue() const { return m_showingWhole; }
    bool isFormatting() const { return m_formatting; }
    void setBase64(bool on);

    void copyKey() const;
    void copyValue() const;
    void copyRecordAsJson() const;
    static QString recordJson(const Record &record);

    QPlainTextEdit *valueView() const { return m_value; }
    QLabel *valueInfo() const { return m_valueInfo; }

private:
    void render();
    void renderValue();
    void applyValueText(const QString &text, ValueKind kind);

    Record m_record;
    bool m_hasRecord = false;
    bool m_showingWhole = false;
    bool m_base64 = false;
    bool m_formatting = false; // a worker formats the whole value (its future may not have started)
    QLabel *m_meta;
    QPlainTextEdit *m_key;
    QTreeWidget *m_headers;
    QLabel *m_valueInfo;
    QPushButton *m_showAll;
    QCheckBox *m_base64Box;
    QPlainTextEdit *m_value;
    QFutureWatcher<QString> m_formatter;
    quint64 m_generation = 0; // drops a formatting result for a record no longer shown
};

} // namespace Gregor

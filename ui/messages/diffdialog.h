// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/record.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace Gregor {

// Two records' values side by side, pretty-printed, with changed lines marked.
class DiffDialog : public QDialog
{
    Q_OBJECT
public:
    DiffDialog(const Record &left, const Record &right, QWidget *parent = nullptr);

    int changedRows() const { return m_changed; }
    QPlainTextEdit *leftView() const { return m_left; }
    QPlainTextEdit *rightView() const { return m_right; }

private:
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
    QLabel *m_summary;
    int m_changed = 0;
};

} // namespace Gregor

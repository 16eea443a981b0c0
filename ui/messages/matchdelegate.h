// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStyledItemDelegate>

namespace Gregor {

class FilteredRecordsModel;

// Paints the records table's key and value cells with the search matches highlighted.
class MatchDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    MatchDelegate(const FilteredRecordsModel *model, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    const FilteredRecordsModel *m_model;
};

} // namespace Gregor

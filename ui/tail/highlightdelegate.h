// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStyledItemDelegate>

namespace Gregor {

class TailRecordsModel;

// Paints a tail row: the background in the color of the first highlight rule it matches (from
// the model's HighlightRole), and the filter's matches marked in the key and value cells.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    HighlightDelegate(const TailRecordsModel *model, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The brush of a rule's color, translucent so the text stays readable in light and dark themes.
    static QColor rowColor(const QString &colorName, const QPalette &palette);

private:
    const TailRecordsModel *m_model;
};

} // namespace Gregor

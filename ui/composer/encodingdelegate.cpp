// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "encodingdelegate.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

namespace Gregor {

QWidget *EncodingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &) const
{
    auto *box = new QComboBox(parent);
    box->addItem(tr("text"), u"text"_s);
    box->addItem(tr("base64"), u"base64"_s);
    return box;
}

void EncodingDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
}

void EncodingDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace Gregor

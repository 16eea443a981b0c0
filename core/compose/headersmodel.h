// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "composedrecord.h"

#include <QAbstractTableModel>

namespace Gregor {

// The composer's headers as an editable table: name, value, and whether the value is text or
// base64. setHeaders() updates by diff (a changed row is a dataChanged, never a reset).
class HeadersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Value,
        Encoding,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const QList<ComposedHeader> &headers() const { return m_headers; }
    void setHeaders(const QList<ComposedHeader> &headers);
    int addHeader(); // an empty text header at the end; returns its row
    void removeHeader(int row);

Q_SIGNALS:
    void headersEdited(); // by the user or setHeaders()

private:
    QList<ComposedHeader> m_headers;
};

} // namespace Gregor

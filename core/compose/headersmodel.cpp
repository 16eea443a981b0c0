// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headersmodel.h"

using namespace Qt::StringLiterals;

namespace Gregor {

int HeadersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int HeadersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeadersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ComposedHeader &h = m_headers.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name:
        return h.name;
    case Value:
        return h.value;
    case Encoding:
        return h.encoding == FieldEncoding::Base64 ? u"base64"_s : u"text"_s;
    }
    return {};
}

bool HeadersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    ComposedHeader &h = m_headers[index.row()];
    switch (index.column()) {
    case Name:
        h.name = value.toString();
        break;
    case Value:
        h.value = value.toString();
        break;
    case Encoding:
        h.encoding = value.toString() == "base64"_L1 ? FieldEncoding::Base64 : FieldEncoding::Text;
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT headersEdited();
    return true;
}

Qt::ItemFlags HeadersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant HeadersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Value:
        return tr("Value");
    case Encoding:
        return tr("As");
    }
    return {};
}

void HeadersModel::setHeaders(const QList<ComposedHeader> &headers)
{
    const int common = int(std::min(headers.size(), m_headers.size()));
    for (int row = 0; row < common; ++row) {
        if (m_headers[row] != headers[row]) {
            m_headers[row] = headers[row];
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (headers.size() > m_headers.size()) {
        beginInsertRows({}, common, int(headers.size() - 1));
        m_headers.append(headers.mid(common));
        endInsertRows();
    } else if (headers.size() < m_headers.size()) {
        beginRemoveRows({}, common, int(m_headers.size() - 1));
        m_headers.resize(common);
        endRemoveRows();
    }
    Q_EMIT headersEdited();
}

int HeadersModel::addHeader()
{
    const int row = int(m_headers.size());
    beginInsertRows({}, row, row);
    m_headers.append(ComposedHeader{});
    endInsertRows();
    Q_EMIT headersEdited();
    return row;
}

void HeadersModel::removeHeader(int row)
{
    if (row < 0 || row >= m_headers.size())
        return;
    beginRemoveRows({}, row, row);
    m_headers.removeAt(row);
    endRemoveRows();
    Q_EMIT headersEdited();
}

} // namespace Gregor

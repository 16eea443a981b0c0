// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicconfigsmodel.h"

using namespace Qt::StringLiterals;

namespace Gregor {

namespace {
QString shownValue(const std::optional<QString> &value, bool sensitive)
{
    if (sensitive)
        return TopicConfigsModel::tr("(hidden)");
    return value ? *value : TopicConfigsModel::tr("(none)");
}
} // namespace

void TopicConfigsModel::setConfigs(QList<TopicConfig> configs)
{
    std::ranges::sort(configs, {}, &TopicConfig::name);
    for (int i = int(m_configs.size()) - 1; i >= 0; --i) {
        if (std::ranges::binary_search(configs, m_configs[i].name, {}, &TopicConfig::name))
            continue;
        beginRemoveRows({}, i, i);
        m_changes.remove(m_configs[i].name);
        m_configs.remove(i);
        endRemoveRows();
    }
    for (const TopicConfig &config : std::as_const(configs)) {
        const auto it = std::ranges::lower_bound(m_configs, config.name, {}, &TopicConfig::name);
        const int at = int(it - m_configs.begin());
        if (it == m_configs.end() || it->name != config.name) {
            beginInsertRows({}, at, at);
            m_configs.insert(at, config);
            endInsertRows();
        } else if (*it != config) {
            *it = config;
            rowChanged(at);
        }
    }
    // An edit the server already shows is no longer an edit.
    const qsizetype before = m_changes.size();
    m_changes.removeIf([this](const auto &entry) {
        const auto it = std::ranges::lower_bound(m_configs, entry.key(), {}, &TopicConfig::name);
        if (it == m_configs.end() || it->name != entry.key())
            return true;
        const ConfigChange &change = entry.value();
        return change.operation == ConfigChange::Operation::Set ? it->value == change.value
                                                                : it->source != ConfigSource::DynamicTopic;
    });
    if (m_changes.size() != before) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        Q_EMIT changesChanged();
    }
}

bool TopicConfigsModel::canReset(int row) const
{
    return m_editable && row >= 0 && row < rowCount() && !m_configs[row].isReadOnly &&
           m_configs[row].source == ConfigSource::DynamicTopic;
}

bool TopicConfigsModel::resetToDefault(int row)
{
    if (!canReset(row))
        return false;
    m_changes.insert(m_configs[row].name,
                     {m_configs[row].name, std::nullopt, ConfigChange::Operation::Reset});
    rowChanged(row);
    Q_EMIT changesChanged();
    return true;
}

void TopicConfigsModel::revertRow(int row)
{
    if (row < 0 || row >= rowCount() || !m_changes.remove(m_configs[row].name))
        return;
    rowChanged(row);
    Q_EMIT changesChanged();
}

void TopicConfigsModel::revertAll()
{
    if (m_changes.isEmpty())
        return;
    m_changes.clear();
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT changesChanged();
}

QList<ConfigChange> TopicConfigsModel::changes() const
{
    QList<ConfigChange> changes = m_changes.values();
    std::ranges::sort(changes, {}, &ConfigChange::name);
    return changes;
}

void TopicConfigsModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int TopicConfigsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_configs.size());
}

int TopicConfigsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopicConfigsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopicConfig &config = m_configs[index.row()];
    const auto change = m_changes.constFind(config.name);
    const bool changed = change != m_changes.cend();
    if (role == NameRole)
        return config.name;
    if (role == ChangedRole)
        return changed;
    if (role == Qt::ToolTipRole && config.isReadOnly)
        return tr("The server does not let this config be changed.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return config.name;
    case ValueColumn:
        if (changed && change->operation == ConfigChange::Operation::Reset)
            return role == Qt::EditRole ? QVariant(QString()) : QVariant(tr("(back to the default)"));
        if (changed)
            return change->value.value_or(QString());
        if (role == Qt::EditRole)
            return config.isSensitive ? QString() : config.value.value_or(QString());
        return shownValue(config.value, config.isSensitive);
    case SourceColumn:
        return configSourceName(config.source);
    case ColumnCount:
        break;
    }
    return {};
}

bool TopicConfigsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const TopicConfig &config = m_configs[index.row()];
    const QString text = value.toString();
    if (!config.isSensitive && config.value == text)
        m_changes.remove(config.name); // typed back to what the server has
    else
        m_changes.insert(config.name, {config.name, text, ConfigChange::Operation::Set});
    rowChanged(index.row());
    Q_EMIT changesChanged();
    return true;
}

Qt::ItemFlags TopicConfigsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn && m_editable && !m_configs[index.row()].isReadOnly)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TopicConfigsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Config");
    case ValueColumn:
        return tr("Value");
    case SourceColumn:
        return tr("Set by");
    case ColumnCount:
        break;
    }
    return {};
}

QStringList describeChanges(const QList<TopicConfig> &configs, const QList<ConfigChange> &changes)
{
    QStringList lines;
    for (const ConfigChange &change : changes) {
        const auto it = std::ranges::find(configs, change.name, &TopicConfig::name);
        const QString before = it == configs.end() ? QString() : shownValue(it->value, it->isSensitive);
        const QString after = change.operation == ConfigChange::Operation::Reset
                                  ? TopicConfigsModel::tr("its default")
                                  : change.value.value_or(TopicConfigsModel::tr("(none)"));
        lines.append(u"%1: %2 → %3"_s.arg(change.name, before, after));
    }
    return lines;
}

} // namespace Gregor

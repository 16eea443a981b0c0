// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicconfigdialog.h"

#include "confirmation.h"
#include "core/api/kafkaclient.h"
#include "core/models/topicconfigsmodel.h"
#include "core/services/openconnection.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

namespace {
// Edited values stand out until they are sent.
class ChangedBoldDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(TopicConfigsModel::ChangedRole).toBool())
            option->font.setBold(true);
    }
};
} // namespace

TopicConfigDialog::TopicConfigDialog(OpenConnection *connection, const QString &topic, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_topic(topic)
    , m_model(new TopicConfigsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"topicConfigDialog"_s);
    setWindowTitle(tr("Configuration — %1").arg(topic));
    m_model->setEditable(!connection->isReadOnly());
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(TopicConfigsModel::NameRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"configFilter"_s);
    m_filter->setPlaceholderText(tr("Filter configs"));
    m_filter->setClearButtonEnabled(true);
    m_view = new QTableView(this);
    m_view->setObjectName(u"configs"_s);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ChangedBoldDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(TopicConfigsModel::NameColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TopicConfigsModel::ValueColumn, QHeaderView::Stretch);
    m_status = new QLabel(this);
    m_status->setObjectName(u"configStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_reset = buttons->addButton(tr("Reset to &default"), QDialogButtonBox::ActionRole);
    m_reset->setObjectName(u"configReset"_s);
    m_revert = buttons->addButton(tr("&Undo edits"), QDialogButtonBox::ActionRole);
    m_curl = buttons->addButton(tr("Copy as c&url"), QDialogButtonBox::ActionRole);
    m_apply = buttons->addButton(tr("&Apply…"), QDialogButtonBox::ApplyRole);
    m_apply->setObjectName(u"configApply"_s);
    if (connection->isReadOnly()) {
        const QString why = tr("This connection is read-only: configs can be looked at, not changed.");
        m_status->setText(why);
        for (QPushButton *b : {m_reset, m_revert, m_apply})
            b->setToolTip(why);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setTabOrder(m_filter, m_view);
    setTabOrder(m_view, buttons);
    resize(720, 560);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(buttons, &QDialogButtonBox::rejected, this, &TopicConfigDialog::reject);
    connect(m_reset, &QPushButton::clicked, this, [this] { m_model->resetToDefault(currentRow()); });
    connect(m_revert, &QPushButton::clicked, m_model, &TopicConfigsModel::revertAll);
    connect(m_curl, &QPushButton::clicked, this, &TopicConfigDialog::copyAsCurl);
    connect(m_apply, &QPushButton::clicked, this, &TopicConfigDialog::apply);
    connect(m_model, &TopicConfigsModel::changesChanged, this, &TopicConfigDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TopicConfigDialog::updateButtons);
    updateButtons();
    reload();
}

TopicConfigDialog::~TopicConfigDialog()
{
    // The view and the model die after this body, and would still signal into it.
    m_view->selectionModel()->disconnect(this);
    m_model->disconnect(this);
}

int TopicConfigDialog::currentRow() const
{
    return m_proxy->mapToSource(m_view->currentIndex()).row();
}

void TopicConfigDialog::reload()
{
    TopicAdmin *admin = topicAdminOf(m_connection);
    if (!admin)
        return m_status->setText(tr("This connection cannot read topic configs."));
    if (!m_connection->isReadOnly())
        m_status->setText(tr("Loading the configs of “%1”…").arg(m_topic));
    m_job = admin->topicConfigs(m_topic, this, [this](Result<QList<TopicConfig>> configs) {
        m_job = nullptr;
        if (!configs) {
            m_status->setText(configs.error().userText);
            m_connection->reportError(configs.error());
            return updateButtons();
        }
        m_model->setConfigs(*configs);
        if (!m_connection->isReadOnly())
            m_status->setText(tr("Edit a value with F2 or by typing; Apply sends every change at once."));
        updateButtons();
    });
}

void TopicConfigDialog::updateButtons()
{
    const bool writable = !m_connection->isReadOnly() && !m_job;
    m_reset->setEnabled(writable && m_model->canReset(currentRow()));
    m_revert->setEnabled(writable && m_model->hasChanges());
    m_apply->setEnabled(writable && m_model->hasChanges());
    m_curl->setEnabled(m_model->hasChanges());
}

QString TopicConfigDialog::copyAsCurl()
{
    TopicAdmin *admin = topicAdminOf(m_connection);
    const QString sentence =
        admin ? copyRequestAsCurl(m_connection, admin->alterConfigsRequest(m_topic, m_model->changes()))
              : tr("This connection cannot change topic configs.");
    m_status->setText(sentence);
    return sentence;
}

void TopicConfigDialog::apply()
{
    const QList<ConfigChange> changes = m_model->changes();
    if (changes.isEmpty())
        return;
    const QString question = tr("Change %n config(s) of “%1” on “%2”?\n\n%3", nullptr, int(changes.size()))
                                 .arg(m_topic, m_connection->profile().name,
                                      describeChanges(m_model->configs(), changes).join(u'\n'));
    askToConfirm(this, u"confirmConfigs"_s, tr("Change configuration"), question, tr("&Apply"),
                 [this] { send(); });
}

void TopicConfigDialog::send()
{
    TopicAdmin *admin = topicAdminOf(m_connection);
    if (!admin)
        return;
    m_status->setText(tr("Sending the changes…"));
    m_job = admin->alterConfigs(m_topic, m_model->changes(), this, [this](Result<Done> done) {
        m_job = nullptr;
        if (!done) {
            m_status->setText(done.error().userText);
            m_connection->reportError(done.error());
            return updateButtons();
        }
        m_connection->reportSuccess();
        Q_EMIT configsChanged(m_topic);
        reload(); // the edits stay marked until the server lists them
    });
    updateButtons();
}

} // namespace Gregor

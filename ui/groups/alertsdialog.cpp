// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertsdialog.h"

#include "core/lag/laghistory.h"
#include "core/lag/lagmonitor.h"
#include "lagnotifier.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

static QSpinBox *thresholdBox(const QString &name, const QString &suffix, int max, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, max);
    box->setSpecialValueText(QObject::tr("off"));
    box->setSuffix(suffix);
    return box;
}

AlertsDialog::AlertsDialog(LagMonitor *monitor, LagNotifier *notifier, LagHistory *history,
                           const QString &group, QWidget *parent)
    : QDialog(parent)
    , m_monitor(monitor)
    , m_notifier(notifier)
    , m_history(history)
    , m_group(group)
{
    setObjectName(u"alertsDialog"_s);
    setWindowTitle(tr("Alerts and history"));
    const int maxInt = std::numeric_limits<int>::max();
    m_defaultLag = thresholdBox(u"defaultMaxLag"_s, tr(" records"), maxInt, this);
    m_defaultDrain = thresholdBox(u"defaultMaxDrain"_s, tr(" min"), 100000, this);
    const AlertRule defaults = monitor->alerts().defaultRule();
    m_defaultLag->setValue(int(std::min<qint64>(maxInt, defaults.maxLag.value_or(0))));
    m_defaultDrain->setValue(int(defaults.maxSecondsToDrain.value_or(0) / 60));

    m_own = new QGroupBox(
        group.isEmpty() ? tr("No group selected") : tr("Own thresholds for “%1”").arg(group), this);
    m_own->setObjectName(u"ownThresholds"_s);
    m_own->setCheckable(true);
    m_own->setEnabled(!group.isEmpty());
    const std::optional<AlertRule> own = monitor->alerts().ownRule(group);
    m_own->setChecked(own.has_value());
    m_groupLag = thresholdBox(u"groupMaxLag"_s, tr(" records"), maxInt, m_own);
    m_groupDrain = thresholdBox(u"groupMaxDrain"_s, tr(" min"), 100000, m_own);
    if (own) {
        m_groupLag->setValue(int(std::min<qint64>(maxInt, own->maxLag.value_or(0))));
        m_groupDrain->setValue(int(own->maxSecondsToDrain.value_or(0) / 60));
    }
    m_notify =
        new QCheckBox(tr("Show a desktop &notification when a group crosses its threshold or stalls"), this);
    m_notify->setObjectName(u"notifyBox"_s);
    m_notify->setChecked(notifier->isEnabled());
    m_window = new QSpinBox(this);
    m_window->setObjectName(u"healthWindow"_s);
    m_window->setRange(2, 100);
    m_window->setValue(monitor->windowSize());
    m_window->setSuffix(tr(" samples"));
    m_retention = new QSpinBox(this);
    m_retention->setObjectName(u"retentionDays"_s);
    m_retention->setRange(1, 3650);
    m_retention->setValue(history ? history->retentionDays() : LagHistory::DefaultRetentionDays);
    m_retention->setSuffix(tr(" days"));
    m_retention->setEnabled(history != nullptr);

    auto *defaultsBox = new QGroupBox(tr("Every group"), this);
    auto *defaultsForm = new QFormLayout(defaultsBox);
    defaultsForm->addRow(tr("Total &lag above:"), m_defaultLag);
    defaultsForm->addRow(tr("Time to &drain above:"), m_defaultDrain);
    auto *ownForm = new QFormLayout(m_own);
    ownForm->addRow(tr("Total l&ag above:"), m_groupLag);
    ownForm->addRow(tr("Time to d&rain above:"), m_groupDrain);
    auto *other = new QFormLayout;
    other->addRow(m_notify);
    other->addRow(tr("Health &window:"), m_window);
    other->addRow(tr("&Keep history for:"), m_retention);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(defaultsBox);
    layout->addWidget(m_own);
    layout->addLayout(other);
    layout->addWidget(buttons);
    setTabOrder({m_defaultLag, m_defaultDrain, m_own, m_groupLag, m_groupDrain, m_notify, m_window,
                 m_retention, buttons});
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

static AlertRule ruleFrom(const QSpinBox *lag, const QSpinBox *drainMinutes)
{
    AlertRule rule;
    if (lag->value() > 0)
        rule.maxLag = lag->value();
    if (drainMinutes->value() > 0)
        rule.maxSecondsToDrain = qint64(drainMinutes->value()) * 60;
    return rule;
}

void AlertsDialog::save()
{
    m_monitor->alerts().setDefaultRule(ruleFrom(m_defaultLag, m_defaultDrain));
    if (!m_group.isEmpty())
        m_monitor->alerts().setRule(
            m_group, m_own->isChecked() ? std::optional(ruleFrom(m_groupLag, m_groupDrain)) : std::nullopt);
    m_notifier->setEnabled(m_notify->isChecked());
    m_monitor->setWindowSize(m_window->value());
    if (m_history)
        m_history->setRetentionDays(m_retention->value());
}

} // namespace Gregor

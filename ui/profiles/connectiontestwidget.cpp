// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontestwidget.h"

#include "capabilitysheet.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

using Step = ConnectionTester::Step;
using Outcome = ConnectionTester::Outcome;

ConnectionTestWidget::ConnectionTestWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"connectionTest"_s);
    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(u"testSteps"_s);
    m_steps->setColumnCount(2);
    m_steps->setHeaderLabels({tr("Step"), tr("Result")});
    m_steps->setRootIsDecorated(false);
    m_steps->setWordWrap(true);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (Step step : {Step::Reach, Step::Secure, Step::Topics}) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(0, u"○ "_s + ConnectionTester::stepTitle(step));
    }
    m_result = new QLabel(this);
    m_result->setObjectName(u"testResult"_s);
    m_result->setWordWrap(true);
    m_capabilities = new CapabilitySheet(this);
    m_capabilities->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_steps);
    layout->addWidget(m_result);
    layout->addWidget(m_capabilities, 1);
}

ConnectionTestWidget::~ConnectionTestWidget() = default;

bool ConnectionTestWidget::isRunning() const
{
    return m_tester && !m_tester->isFinished();
}

void ConnectionTestWidget::run(const ConnectionProfile &profile, const ProfileSecrets &secrets)
{
    // The previous run is cut loose before it is cancelled: nothing of it reaches this run's rows.
    const int run = ++m_run;
    if (m_tester) {
        m_tester->disconnect(this);
        m_tester->cancel();
    }
    m_dialect = profile.dialect;
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        item->setText(0, u"○ "_s + ConnectionTester::stepTitle(Step(i)));
        item->setText(1, QString());
    }
    m_result->setText(tr("Testing…"));
    m_capabilities->hide();
    auto *tester = new ConnectionTester(
        profile, secrets, this,
        [this, run](Result<Done> result) {
            if (run == m_run) // a cancelled earlier run says nothing about this one
                onFinished(result);
        },
        this);
    m_tester = tester;
    connect(tester, &ConnectionTester::stepChanged, this, &ConnectionTestWidget::onStep);
    tester->start();
}

void ConnectionTestWidget::onFinished(const Result<Done> &result)
{
    if (!result && result.error().kind == ErrorKind::Cancelled) {
        m_result->setText(tr("The test was cancelled."));
        Q_EMIT finished(false);
        return;
    }
    m_result->setText(result ? tr("The connection works. What %1 can do:").arg(dialectName(m_dialect))
                             : tr("The connection does not work yet: see the failed step above."));
    if (result) {
        m_capabilities->showDialect(m_dialect);
        m_capabilities->show();
    }
    Q_EMIT finished(bool(result));
}

void ConnectionTestWidget::cancel()
{
    if (m_tester)
        m_tester->cancel();
}

void ConnectionTestWidget::onStep(Step step, Outcome outcome, const QString &detail)
{
    QTreeWidgetItem *item = m_steps->topLevelItem(int(step));
    if (!item)
        return;
    QString mark;
    switch (outcome) {
    case Outcome::Running:
        mark = u"… "_s;
        break;
    case Outcome::Passed:
        mark = u"✔ "_s;
        break;
    case Outcome::Failed:
        mark = u"✘ "_s;
        break;
    case Outcome::Skipped:
        mark = u"– "_s;
        break;
    }
    item->setText(0, mark + ConnectionTester::stepTitle(step));
    item->setText(1, detail);
    item->setToolTip(1, detail);
}

QString ConnectionTestWidget::summary() const
{
    QStringList lines;
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i)
        lines << m_steps->topLevelItem(i)->text(0) + u": "_s + m_steps->topLevelItem(i)->text(1);
    return lines.join(u'\n');
}

} // namespace Gregor

// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/services/connectionprofile.h"
#include "core/services/connectiontester.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Gregor {

class CapabilitySheet;

// Runs ConnectionTester and shows each step with its outcome and advice, then the backend's
// capability sheet.
class ConnectionTestWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionTestWidget(QWidget *parent = nullptr);
    ~ConnectionTestWidget() override;

    void run(const ConnectionProfile &profile, const ProfileSecrets &secrets);
    void cancel();
    bool isRunning() const;
    QTreeWidget *steps() const { return m_steps; }
    // The last exchange's curl command, for "copy as curl" from the dialog.
    QString summary() const;

Q_SIGNALS:
    void finished(bool ok);

private:
    void onFinished(const Result<Done> &result);
    void onStep(ConnectionTester::Step step, ConnectionTester::Outcome outcome, const QString &detail);

    QTreeWidget *m_steps;
    QLabel *m_result;
    CapabilitySheet *m_capabilities;
    QPointer<ConnectionTester> m_tester;
    DialectKind m_dialect = DialectKind::Upstash;
    int m_run = 0;
};

} // namespace Gregor

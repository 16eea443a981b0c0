// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/lag/laghistory.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QValueAxis;

namespace Gregor {

// Lag over time for one group from the history database: a line per topic, or per partition of
// the topic selected in the tree; 15 min / 1 h / 24 h / 7 d; values on hover. The database
// buckets the samples to the chart's width, so a week at 10 s draws as fast as an hour.
class LagChartView : public QWidget
{
    Q_OBJECT
public:
    enum class Range
    {
        Minutes15,
        Hour1,
        Hours24,
        Days7
    };
    Q_ENUM(Range)
    static qint64 rangeMs(Range range);

    LagChartView(QString connectionId, LagHistory *history, QWidget *parent = nullptr);

    void setGroup(const QString &group);
    void setTopic(const QString &topic); // empty: a line per topic
    void setRange(Range range);
    Range range() const;
    void setClock(std::function<qint64()> clock);
    void reload();
    // Draws series without the database (benchmarks, tests).
    void showSeries(const QList<LagSeries> &series, qint64 fromMs, qint64 toMs);

    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QComboBox *rangeBox() const { return m_range; }
    int lineCount() const;
    qint64 pointCount() const;

Q_SIGNALS:
    void drawn(); // a query's answer is on screen

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyTheme();

    QString m_connectionId;
    LagHistory *m_history;
    QString m_group;
    QString m_topic;
    QComboBox *m_range;
    QLabel *m_empty;
    QChartView *m_view;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_lagAxis;
    std::function<qint64()> m_clock;
    quint64 m_query = 0;
};

} // namespace Gregor

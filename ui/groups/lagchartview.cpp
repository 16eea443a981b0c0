// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagchartview.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace Gregor {

qint64 LagChartView::rangeMs(Range range)
{
    switch (range) {
    case Range::Minutes15:
        return 15 * 60 * 1000;
    case Range::Hour1:
        return 3600 * 1000;
    case Range::Hours24:
        return 24 * 3600 * 1000;
    case Range::Days7:
        return 7 * 24 * 3600 * 1000LL;
    }
    return 3600 * 1000;
}

LagChartView::LagChartView(QString connectionId, LagHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_connectionId(std::move(connectionId))
    , m_history(history)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(u"lagChart"_s);
    m_range = new QComboBox(this);
    m_range->setObjectName(u"chartRange"_s);
    m_range->addItem(tr("Last 15 minutes"), int(Range::Minutes15));
    m_range->addItem(tr("Last hour"), int(Range::Hour1));
    m_range->addItem(tr("Last 24 hours"), int(Range::Hours24));
    m_range->addItem(tr("Last 7 days"), int(Range::Days7));
    m_range->setCurrentIndex(1);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"chartNote"_s);

    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_timeAxis = new QDateTimeAxis(chart);
    m_timeAxis->setFormat(u"HH:mm"_s);
    m_timeAxis->setTickCount(7);
    m_timeAxis->setLabelsVisible(true);
    const QDateTime now = QDateTime::currentDateTime();
    m_timeAxis->setRange(now.addSecs(-3600), now);
    m_lagAxis = new QValueAxis(chart);
    m_lagAxis->setLabelFormat(u"%.0f"_s);
    m_lagAxis->setTitleText(tr("lag (records)"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_lagAxis, Qt::AlignLeft);
    m_view = new QChartView(chart, this);
    m_view->setObjectName(u"chartView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);

    auto *top = new QHBoxLayout;
    top->addWidget(m_range);
    top->addWidget(m_empty, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_range, &QComboBox::currentIndexChanged, this, &LagChartView::reload);
    applyTheme();
}

QChart *LagChartView::chart() const
{
    return m_view->chart();
}

void LagChartView::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void LagChartView::setGroup(const QString &group)
{
    if (group == m_group)
        return;
    m_group = group;
    m_topic.clear();
    reload();
}

void LagChartView::setTopic(const QString &topic)
{
    if (topic == m_topic)
        return;
    m_topic = topic;
    reload();
}

void LagChartView::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

LagChartView::Range LagChartView::range() const
{
    return Range(m_range->currentData().toInt());
}

void LagChartView::reload()
{
    if (!m_history || m_group.isEmpty() || !isVisible()) {
        if (!m_history)
            m_empty->setText(tr("No history database."));
        return;
    }
    LagHistoryQuery query;
    query.connection = m_connectionId;
    query.group = m_group;
    query.toMs = m_clock();
    query.fromMs = query.toMs - rangeMs(range());
    query.buckets = std::max(50, m_view->width() / 2);
    query.topic = m_topic;
    const quint64 ticket = ++m_query;
    m_history->query(query, this, [this, ticket, query](const QList<LagSeries> &series) {
        if (ticket == m_query) // a newer question was asked meanwhile
            showSeries(series, query.fromMs, query.toMs);
    });
}

void LagChartView::showSeries(const QList<LagSeries> &series, qint64 fromMs, qint64 toMs)
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    double maxLag = 0;
    for (const LagSeries &s : series) {
        auto *line = new QLineSeries(chart);
        line->setName(s.partition < 0 ? s.topic : tr("partition %1").arg(s.partition));
        line->replace(s.points);
        for (const QPointF &p : s.points)
            maxLag = std::max(maxLag, p.y());
        chart->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_lagAxis);
        const QString name = line->name();
        connect(line, &QLineSeries::hovered, this, [this, name](const QPointF &point, bool state) {
            if (!state)
                return QToolTip::hideText();
            QToolTip::showText(
                QCursor::pos(),
                tr("%1\n%2: lag %3")
                    .arg(name,
                         QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toString(u"yyyy-MM-dd HH:mm:ss"_s),
                         QLocale().toString(qint64(point.y()))),
                m_view);
        });
    }
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    m_timeAxis->setFormat(toMs - fromMs > 36 * 3600 * 1000LL ? u"dd MMM HH:mm"_s : u"HH:mm"_s);
    m_lagAxis->setRange(0, std::max(10.0, maxLag * 1.1));
    m_lagAxis->applyNiceNumbers();
    chart->legend()->setVisible(series.size() > 1 || (series.size() == 1 && series.first().partition >= 0));
    m_empty->setText(series.isEmpty()
                         ? tr("No samples in this range yet: they are recorded at every refresh.")
                     : m_topic.isEmpty() ? tr("One line per topic; select a topic for its partitions.")
                                         : tr("Partitions of %1.").arg(m_topic));
    applyTheme();
    Q_EMIT drawn();
}

int LagChartView::lineCount() const
{
    return int(m_view->chart()->series().size());
}

qint64 LagChartView::pointCount() const
{
    qint64 count = 0;
    for (QAbstractSeries *s : m_view->chart()->series())
        if (auto *line = qobject_cast<QLineSeries *>(s))
            count += line->count();
    return count;
}

void LagChartView::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QChart *chart = m_view->chart();
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(palette().brush(QPalette::Base));
    const QColor text = palette().color(QPalette::Text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
    }
    chart->legend()->setLabelColor(text);
}

void LagChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void LagChartView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

} // namespace Gregor

// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tailview.h"

#include "core/services/appsettings.h"
#include "core/services/openconnection.h"
#include "core/tail/tailrecordsmodel.h"
#include "core/tail/tailsession.h"
#include "highlightrules.h"
#include "tailexporter.h"
#include "tailfollower.h"
#include "tailpartitionsmodel.h"
#include "tailsetupbar.h"
#include "ui/messages/recorddetailpane.h"
#include "ui/messages/searchbar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

static QString perSecond(double value)
{
    return QLocale().toString(qRound64(value));
}

TailView::TailView(OpenConnection *connection, TopicListModel *topics, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_settings(settings)
    , m_model(new TailRecordsModel(RecordRing::DefaultCapacity, this))
    , m_partitions(new TailPartitionsModel(this))
    , m_exporter(new TailExporter(this))
{
    setObjectName(u"tailView"_s);
    // Made in visual order, so the focus chain follows the layout.
    m_setup = new TailSetupBar(topics, this);
    m_setup->setReadOnly(connection->isReadOnly());
    m_status = new QLabel(this);
    m_status->setObjectName(u"tailStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note = new QLabel(this);
    m_note->setObjectName(u"tailNote"_s);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_note->setContentsMargins(6, 0, 6, 0);
    m_note->hide(); // the outcome of the last action (commit, copy, export), when there is one
    m_stats = new QLabel(this);
    m_stats->setObjectName(u"tailStats"_s);
    m_partitionsToggle = new QToolButton(this);
    m_partitionsToggle->setObjectName(u"tailPartitionsToggle"_s);
    m_partitionsToggle->setCheckable(true);
    m_partitionsToggle->setChecked(true);
    m_partitionsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_partitionsToggle->setToolTip(tr("Show or hide the partitions the tail follows"));
    m_partitionsView = new QTableView(this);
    m_partitionsView->setObjectName(u"tailPartitionsView"_s);
    m_partitionsView->setModel(m_partitions);
    m_partitionsView->verticalHeader()->hide();
    m_partitionsView->verticalHeader()->setDefaultSectionSize(m_partitionsView->fontMetrics().height() + 4);
    m_partitionsView->horizontalHeader()->setStretchLastSection(false);
    m_partitionsView->horizontalHeader()->setMinimumSectionSize(80);
    m_partitionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_partitionsView->horizontalHeader()->setSectionResizeMode(TailPartitionsModel::TopicColumn,
                                                               QHeaderView::Stretch);
    m_partitionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_partitionsView->setAlternatingRowColors(true);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"tailSplitter"_s);
    auto *left = new QWidget(m_splitter);
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    m_search = new SearchBar(left);
    m_highlight = new HighlightButton(left);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_highlight);
    buildTable(left);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_table, 1);
    m_detail = new RecordDetailPane(m_splitter);
    // Key and headers above, the value below: give the value the room (a record without headers
    // would otherwise leave a gap above the key).
    if (auto *inner = m_detail->findChild<QSplitter *>())
        inner->setSizes({160, 600});
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (!m_splitter->restoreState(settings->splitterState(u"tail"_s)))
        m_splitter->setSizes({700, 400});

    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(6, 0, 4, 0);
    // A long retry reason must not widen the window: it is cut, and its tooltip holds it whole.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_stats);
    statusRow->addWidget(m_partitionsToggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_setup);
    layout->addLayout(statusRow);
    layout->addWidget(m_note);
    layout->addWidget(m_partitionsView);
    layout->addWidget(m_splitter, 1);

    connect(m_setup, &TailSetupBar::startStopRequested, this, &TailView::toggleStartStop);
    connect(m_setup, &TailSetupBar::pauseResumeRequested, this, &TailView::togglePause);
    connect(m_setup, &TailSetupBar::clearRequested, this, &TailView::clear);
    connect(m_setup, &TailSetupBar::commitRequested, this, &TailView::commitShown);
    connect(m_setup, &TailSetupBar::curlRequested, this, &TailView::copyAsCurl);
    connect(m_setup, &TailSetupBar::exportRequested, this, [this] { exportRecords(m_model->hasMatcher()); });
    connect(m_setup, &TailSetupBar::capacityChanged, this, [this](qsizetype capacity) {
        m_model->setCapacity(capacity);
        updateStats();
    });
    connect(m_setup, &TailSetupBar::edited, this, [this] {
        Q_EMIT titleChanged(title());
        Q_EMIT configChanged();
    });
    connect(m_partitionsToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_partitionsView->setVisible(shown);
        updatePartitions();
        Q_EMIT configChanged();
    });
    connect(m_search, &SearchBar::filterRequested, this, [this](const RecordMatcher &matcher) {
        m_filter = matcher.spec();
        m_model->setMatcher(matcher);
        if (!m_model->isFiltering())
            m_search->setStatus({});
        updateStats();
        Q_EMIT configChanged();
    });
    connect(m_search, &SearchBar::filterCleared, this, [this] {
        m_filter = {};
        m_model->setMatcher(std::nullopt);
        updateStats();
        Q_EMIT configChanged();
    });
    connect(m_model, &TailRecordsModel::filterProgress, this, [this](qint64 scanned, qint64 total) {
        m_search->setStatus(tr("Filtering… %1%").arg(total > 0 ? scanned * 100 / total : 0));
    });
    connect(m_model, &TailRecordsModel::filterFinished, this, [this] { m_search->setStatus({}); });
    connect(m_model, &TailRecordsModel::countsChanged, this, &TailView::updateStats);
    connect(m_highlight, &HighlightButton::rulesChanged, this, [this] {
        applyHighlights();
        Q_EMIT configChanged();
    });
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings->setSplitterState(u"tail"_s, m_splitter->saveState()); });
    auto *pause = new QShortcut(QKeySequence(u"Ctrl+P"_s), this);
    pause->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pause, &QShortcut::activated, this, &TailView::togglePause);
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), m_table);
    space->setContext(Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, this, &TailView::togglePause);
    auto *newest = new QShortcut(QKeySequence(u"Ctrl+End"_s), m_table);
    newest->setContext(Qt::WidgetShortcut);
    connect(newest, &QShortcut::activated, m_follower, &TailFollower::jumpToNewest);
    auto *sendAgain = new QShortcut(QKeySequence(u"Ctrl+Shift+R"_s), m_table);
    sendAgain->setContext(Qt::WidgetShortcut);
    connect(sendAgain, &QShortcut::activated, this, [this] {
        if (const QList<Record> records = selectedRecords(); !records.isEmpty())
            Q_EMIT sendAgainRequested(records, {});
    });
    applyCapabilities();
    connect(connection, &OpenConnection::clientReady, this, &TailView::applyCapabilities);
    updateState();
    updatePartitions();
}

TailView::~TailView()
{
    // The session reports its stop; nobody here listens any more.
    if (m_session)
        m_session->disconnect(this);
    m_session.reset();
}

QJsonObject TailView::saveState() const
{
    return {{u"config"_s, config().toJson()},
            {u"filterMode"_s, int(m_filter.mode)},
            {u"filterScope"_s, int(m_filter.scope)},
            {u"filterHeader"_s, m_filter.headerName},
            {u"highlights"_s, m_highlight->rulesJson()},
            {u"partitionsShown"_s, m_partitionsToggle->isChecked()}};
}

void TailView::restoreState(const QJsonObject &state)
{
    const TailConfig c = TailConfig::fromJson(state.value("config"_L1).toObject());
    m_setup->setConfig(c);
    m_model->setCapacity(c.capacity);
    m_highlight->setRulesJson(state.value("highlights"_L1).toArray());
    m_partitionsToggle->setChecked(state.value("partitionsShown"_L1).toBool(true));
    if (!c.filterText.isEmpty()) {
        const int mode =
            std::clamp(state.value("filterMode"_L1).toInt(), 0, int(FilterSpec::Mode::JsonField));
        const int scope =
            std::clamp(state.value("filterScope"_L1).toInt(), 0, int(FilterSpec::Scope::Header));
        m_search->setQuery(c.filterText, FilterSpec::Mode(mode), FilterSpec::Scope(scope),
                           state.value("filterHeader"_L1).toString());
    }
    Q_EMIT titleChanged(title());
}

TailConfig TailView::config() const
{
    TailConfig c = m_session && isActive() ? m_session->config() : m_setup->draft();
    c.capacity = m_model->capacity();
    c.filterText = m_filter.query;
    return c;
}

QString TailView::title() const
{
    return config().title();
}

bool TailView::isActive() const
{
    if (!m_session)
        return false;
    const auto state = m_session->state();
    return state != TailSession::State::Idle && state != TailSession::State::Stopped;
}

void TailView::start()
{
    const auto checked = m_setup->config();
    if (!checked) {
        note(checked.error());
        return;
    }
    KafkaClient *client = m_connection->client();
    if (!client) {
        note(tr("The connection is not open yet."));
        return;
    }
    if (!client->capabilities().testFlag(Capability::Consume)) {
        note(capabilityMissingReason(client->dialect(), Capability::Consume));
        return;
    }
    TailConfig c = *checked;
    c.capacity = m_model->capacity();
    c.filterText = m_filter.query;
    if (m_session)
        m_session->disconnect(this);
    m_session.reset(); // a previous session stops here
    m_model->clear();
    m_detail->clear();
    m_model->setCapabilities(client->capabilities());
    m_partitions->setPartitions({});
    note({});
    m_session = std::make_unique<TailSession>(client, c);
    connect(m_session.get(), &TailSession::recordsArrived, m_model, &TailRecordsModel::enqueue);
    connect(m_session.get(), &TailSession::stateChanged, this, &TailView::updateState);
    connect(m_session.get(), &TailSession::statsChanged, this, &TailView::updateStats);
    connect(m_session.get(), &TailSession::positionsChanged, this, &TailView::updatePartitions);
    m_session->start();
    updateState();
    Q_EMIT titleChanged(title());
    Q_EMIT configChanged();
}

void TailView::stop()
{
    if (!m_session)
        return;
    m_session->stop();
    m_model->flushNow();
    updatePartitions();
}

void TailView::toggleStartStop()
{
    if (isActive())
        stop();
    else
        start();
}

void TailView::togglePause()
{
    if (!isActive())
        return;
    if (m_session->state() == TailSession::State::Paused)
        m_session->resume();
    else
        m_session->pause();
}

void TailView::clear()
{
    m_model->clear();
    m_detail->clear();
    updateStats();
}

void TailView::updateState()
{
    const TailConfig shown = m_session ? m_session->config() : config(); // the rows' config
    m_table->setColumnHidden(TailRecordsModel::TopicColumn, shown.topics.size() < 2);
    const auto state = m_session ? m_session->state() : TailSession::State::Idle;
    const bool group = m_session && m_session->config().mode == TailConfig::Mode::Group && isActive();
    m_setup->setState(state, group);
    m_status->setText(m_session ? m_session->statusText() : tr("Not started: press Start (Ctrl+Return)."));
    m_status->setToolTip(m_status->text());
    updateStats();
    Q_EMIT stateChanged();
}

void TailView::updateStats()
{
    const QLocale locale;
    QStringList parts;
    if (m_session && isActive() && m_session->state() != TailSession::State::Paused)
        parts << tr("%1 records/s · %2/s")
                     .arg(perSecond(m_session->recordsPerSecond()),
                          locale.formattedDataSize(qint64(m_session->bytesPerSecond()), 1,
                                                   QLocale::DataSizeTraditionalFormat));
    if (m_session)
        parts << tr("%1 received").arg(locale.toString(m_session->delivered()));
    if (m_model->hasMatcher())
        parts << tr("%1 of %2 shown")
                     .arg(locale.toString(m_model->shownCount()), locale.toString(m_model->totalCount()));
    else
        parts << tr("%1 in the buffer").arg(locale.toString(m_model->totalCount()));
    m_stats->setText(parts.join(u"  ·  "_s));
    const qsizetype held = m_model->totalCount();
    if (held > 0)
        m_setup->setAverageRecordBytes(m_model->ring().payloadBytes() / held);
    if (m_session && m_session->state() == TailSession::State::Retrying)
        m_status->setText(m_session->statusText()); // "Retrying since …" names the latest reason
}

void TailView::updatePartitions()
{
    if (m_session)
        m_partitions->setPartitions(m_session->positions().partitions());
    const int count = m_partitions->rowCount();
    m_partitionsToggle->setText(count > 0 ? tr("Partitions (%1)").arg(count) : tr("Partitions"));
    // As tall as its rows, up to six; more scroll.
    const int rows = std::clamp(count, 1, 6);
    m_partitionsView->setFixedHeight(rows * m_partitionsView->verticalHeader()->defaultSectionSize() +
                                     m_partitionsView->horizontalHeader()->sizeHint().height() +
                                     2 * m_partitionsView->frameWidth());
    m_partitionsToggle->setArrowType(m_partitionsToggle->isChecked() ? Qt::DownArrow : Qt::RightArrow);
}

void TailView::applyHighlights()
{
    QList<HighlightRule> rules;
    for (const HighlightRuleSpec &spec : m_highlight->rules())
        if (auto rule = spec.compile())
            rules.append(*rule);
    m_model->setHighlightRules(rules);
}

void TailView::applyCapabilities()
{
    KafkaClient *client = m_connection->client();
    if (!client)
        return;
    m_setup->setCapabilities(client->capabilities(), client->dialect());
    // Confluent Cloud cannot consume: the bar stays visible, greyed, with the reason under it.
    const bool canConsume = client->capabilities().testFlag(Capability::Consume);
    m_setup->setEnabled(canConsume);
    if (!canConsume)
        note(capabilityMissingReason(client->dialect(), Capability::Consume));
}

void TailView::note(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void TailView::focusFilter()
{
    m_search->focusQuery();
}

void TailView::focusSetup()
{
    m_setup->focusTopics();
}

} // namespace Gregor

// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestlogpane.h"

#include "core/codec/valueformat.h"
#include "core/http/curl.h"
#include "core/http/journal.h"
#include "core/models/journalmodel.h"
#include "core/services/openconnection.h"
#include "journalfiltermodel.h"
#include "ui/common/syntax.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

static QPlainTextEdit *makeTextPane(QWidget *parent, const QString &objectName)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    return edit;
}

static QString headerText(const HeaderList &headers)
{
    QString text;
    for (const auto &[name, value] : headers)
        text += QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value) + u'\n';
    return text;
}

static void showBody(QPlainTextEdit *edit, const QByteArray &body, qint64 totalBytes)
{
    const ValueKind kind = detectValueKind(body);
    QString text = prettyPrinted(body, kind);
    if (totalBytes > body.size())
        text += QObject::tr("\n… %1 more bytes not kept in the log").arg(totalBytes - body.size());
    edit->setPlainText(text);
    highlightDocument(edit->document(), syntaxDefinitionFor(kind));
}

RequestLogPane::RequestLogPane(OpenConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(new JournalModel(connection->journal(), this))
    , m_filter(new JournalFilterModel(connection->journal(), this))
{
    setObjectName(u"requestLog"_s);
    m_filter->setSourceModel(m_model);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"filter"_s);
    m_filterEdit->setPlaceholderText(tr("Filter by method, URL, status or error (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_statusClass = new QComboBox(this);
    m_statusClass->setObjectName(u"statusClass"_s);
    m_statusClass->addItem(tr("All statuses"), QVariant::fromValue(JournalFilterModel::StatusClass::All));
    m_statusClass->addItem(tr("2xx success"), QVariant::fromValue(JournalFilterModel::StatusClass::Success));
    m_statusClass->addItem(tr("4xx client errors"),
                           QVariant::fromValue(JournalFilterModel::StatusClass::ClientError));
    m_statusClass->addItem(tr("5xx server errors"),
                           QVariant::fromValue(JournalFilterModel::StatusClass::ServerError));
    m_statusClass->addItem(tr("No answer"), QVariant::fromValue(JournalFilterModel::StatusClass::Failed));
    m_statusClass->addItem(tr("In flight"), QVariant::fromValue(JournalFilterModel::StatusClass::InFlight));
    auto *curlButton = new QPushButton(QIcon::fromTheme(u"edit-copy"_s), tr("Copy as curl"), this);
    curlButton->setObjectName(u"copyCurl"_s);
    curlButton->setToolTip(tr("Copy the selected exchange as a curl command; the secret is read from "
                              "$GREGOR_PASSWORD or $GREGOR_TOKEN (Ctrl+Shift+C)"));
    auto *clearButton = new QPushButton(QIcon::fromTheme(u"edit-clear-history"_s), tr("Clear"), this);
    clearButton->setObjectName(u"clear"_s);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filterEdit, 1);
    toolbar->addWidget(m_statusClass);
    toolbar->addWidget(curlButton);
    toolbar->addWidget(clearButton);

    m_view = new QTableView(this);
    m_view->setObjectName(u"exchanges"_s);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(JournalModel::PathColumn, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);

    m_detail = new QTabWidget(this);
    m_detail->setObjectName(u"detail"_s);
    const auto makeSide = [this](QPlainTextEdit *&headers, QPlainTextEdit *&body, const QString &name) {
        auto *split = new QSplitter(Qt::Vertical, m_detail);
        headers = makeTextPane(split, name + u"Headers"_s);
        body = makeTextPane(split, name + u"Body"_s);
        split->addWidget(headers);
        split->addWidget(body);
        split->setStretchFactor(1, 3);
        return split;
    };
    m_detail->addTab(makeSide(m_requestHeaders, m_requestBody, u"request"_s), tr("Request"));
    m_detail->addTab(makeSide(m_responseHeaders, m_responseBody, u"response"_s), tr("Response"));

    // The exchanges get the larger share: the log is read as a list first, a detail second.
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(u"requestLogSplitter"_s);
    m_split->addWidget(m_view);
    m_split->addWidget(m_detail);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({600, 400});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_split, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &JournalFilterModel::setText);
    connect(m_statusClass, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusClass(m_statusClass->currentData().value<JournalFilterModel::StatusClass>());
    });
    connect(curlButton, &QPushButton::clicked, this, &RequestLogPane::copySelectedAsCurl);
    connect(clearButton, &QPushButton::clicked, this, &RequestLogPane::clear);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestLogPane::showCurrent);
    // An exchange that finishes while shown updates the detail.
    connect(connection->journal(), &Journal::updated, this, [this](int row) {
        if (row == currentJournalRow())
            showCurrent();
    });
}

RequestLogPane::~RequestLogPane() = default;

int RequestLogPane::currentJournalRow() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return -1;
    return m_filter->mapToSource(index).row();
}

void RequestLogPane::showCurrent()
{
    const int row = currentJournalRow();
    if (row < 0 || row >= m_connection->journal()->size()) {
        for (QPlainTextEdit *edit : {m_requestHeaders, m_requestBody, m_responseHeaders, m_responseBody})
            edit->clear();
        return;
    }
    const JournalEntry &entry = m_connection->journal()->at(row);
    m_requestHeaders->setPlainText(QString::fromLatin1(entry.method) + u' ' + entry.url.toString() + u'\n' +
                                   headerText(entry.requestHeaders));
    showBody(m_requestBody, entry.requestBody, entry.requestBytes);
    QString status = entry.inFlight() ? tr("In flight…")
                     : entry.status   ? tr("HTTP %1 in %2 ms").arg(entry.status).arg(entry.durationMs)
                                      : tr("No answer after %1 ms").arg(entry.durationMs);
    if (!entry.error.isEmpty())
        status += u"\n"_s + entry.error;
    if (entry.retries > 0)
        status += (entry.retries == 1 ? tr("\nRetried once") : tr("\nRetried %1 times").arg(entry.retries));
    m_responseHeaders->setPlainText(status + u'\n' + headerText(entry.responseHeaders));
    showBody(m_responseBody, entry.responseBody, entry.responseBytes);
}

QString RequestLogPane::copySelectedAsCurl()
{
    const int row = currentJournalRow();
    if (row < 0)
        return {};
    const ConnectionSettings settings =
        m_connection->client() ? m_connection->client()->settings() : m_connection->profile().toSettings({});
    const QString command = curlCommand(settings, m_connection->journal()->at(row));
    QApplication::clipboard()->setText(command);
    return command;
}

void RequestLogPane::clear()
{
    m_connection->journal()->clear();
}

bool RequestLogPane::showExchange(quint64 journalId)
{
    const auto find = [this, journalId] {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex index = m_filter->index(row, 0);
            if (index.data(JournalModel::IdRole).toULongLong() == journalId)
                return index;
        }
        return QModelIndex();
    };
    QModelIndex index = find();
    if (!index.isValid()) {
        m_filterEdit->clear();
        m_statusClass->setCurrentIndex(0);
        index = find();
    }
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void RequestLogPane::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

} // namespace Gregor

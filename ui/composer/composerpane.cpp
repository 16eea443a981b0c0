// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "composerpane.h"

#include "composerform.h"
#include "core/compose/headersmodel.h"
#include "core/services/appsettings.h"
#include "core/services/openconnection.h"
#include "historypanel.h"
#include "templatesmenu.h"
#include "valueeditor.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

ComposerPane::ComposerPane(OpenConnection *connection, TopicListModel *topics, AppSettings *settings,
                           QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_settings(settings)
{
    setObjectName(u"composerArea"_s);
    m_composer =
        new Composer(connection->client(),
                     ComposerPaths::forProfile(connection->profile().id,
                                               settings ? settings->composerTemplatesDir() : QString()),
                     this);
    m_form = new ComposerForm(m_composer->headers(), topics, this);
    m_historyPanel = new HistoryPanel(m_composer->history(), this);

    m_readOnly = new QLabel(tr("This connection is read-only: producing is turned off. You can still "
                               "write records, save templates and copy them as curl."),
                            this);
    m_readOnly->setObjectName(u"composerReadOnly"_s);
    m_readOnly->setWordWrap(true);
    m_readOnly->setVisible(connection->isReadOnly());

    m_send = new QPushButton(QIcon::fromTheme(u"document-send"_s), tr("&Send"), this);
    m_send->setObjectName(u"composerSend"_s);
    m_send->setToolTip(tr("Send the record (Ctrl+Enter)"));
    m_send->setDefault(false);
    m_preview = new QPushButton(tr("Previe&w"), this);
    m_preview->setObjectName(u"composerPreview"_s);
    m_preview->setToolTip(
        tr("Show the exact request, variables expanded, without sending (Ctrl+Shift+Enter)"));
    m_curl = new QPushButton(tr("Copy as c&url"), this);
    m_curl->setObjectName(u"composerCurl"_s);
    m_curl->setToolTip(tr("Copy a curl command that sends this record; the secret stays $GREGOR_PASSWORD or "
                          "$GREGOR_TOKEN"));
    m_templates = new QToolButton(this);
    m_templates->setObjectName(u"composerTemplates"_s);
    m_templates->setText(tr("Templates"));
    m_templates->setPopupMode(QToolButton::InstantPopup);
    m_templatesMenu = new TemplatesMenu(m_composer, settings, m_templates);
    m_templates->setMenu(m_templatesMenu);
    m_variables = new QToolButton(this);
    m_variables->setObjectName(u"composerVariables"_s);
    m_variables->setText(u"{{…}}"_s);
    m_variables->setToolTip(
        tr("Insert a template variable into the value; variables are expanded when sending"));
    m_variables->setPopupMode(QToolButton::InstantPopup);
    auto *variables = new QMenu(m_variables);
    for (const QString &example : templateVariableExamples())
        variables->addAction(example, this,
                             [this, example] { m_form->value()->editor()->insertPlainText(example); });
    m_variables->setMenu(variables);
    m_bulk = new QPushButton(tr("&Bulk produce…"), this);
    m_bulk->setObjectName(u"composerBulk"_s);
    m_bulk->setToolTip(tr("Produce many records from a JSON Lines or text file"));

    m_previewBox = new QWidget(this);
    m_previewNote = new QLabel(m_previewBox);
    m_previewNote->setWordWrap(true);
    m_previewText = new QPlainTextEdit(m_previewBox);
    m_previewText->setObjectName(u"composerPreviewText"_s);
    m_previewText->setReadOnly(true);
    m_previewText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previewText->setMaximumHeight(140);
    m_previewText->setTabChangesFocus(true);
    auto *previewLayout = new QVBoxLayout(m_previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewNote);
    previewLayout->addWidget(m_previewText);
    m_previewBox->hide();

    m_result = new QLabel(this);
    m_result->setObjectName(u"composerResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showInMessages = new QPushButton(tr("Show in &Messages"), this);
    m_showInMessages->setObjectName(u"showInMessages"_s);
    m_readNewest = new QPushButton(tr("Read the &newest records"), this);
    m_readNewest->setObjectName(u"readNewest"_s);
    m_showRequest = new QPushButton(tr("Show the &request"), this);
    m_showRequest->setObjectName(u"showRequest"_s);
    m_showRequest->setToolTip(tr("Open this exchange in the request log"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_send);
    actions->addWidget(m_preview);
    actions->addWidget(m_curl);
    actions->addWidget(m_variables);
    actions->addWidget(m_templates);
    actions->addStretch(1);
    actions->addWidget(m_bulk);
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_showInMessages);
    resultRow->addWidget(m_readNewest);
    resultRow->addWidget(m_showRequest);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 6, 6);
    leftLayout->addWidget(m_readOnly);
    leftLayout->addWidget(m_form, 1);
    leftLayout->addWidget(m_previewBox);
    leftLayout->addLayout(actions);
    leftLayout->addLayout(resultRow);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(u"composerSplitter"_s);
    m_split->addWidget(left);
    m_split->addWidget(m_historyPanel);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({700, 320});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);

    QWidget *order[] = {m_form->lastField(), m_previewText, m_send,
                        m_preview,           m_curl,        m_variables,
                        m_templates,         m_bulk,        m_showInMessages,
                        m_readNewest,        m_showRequest, m_historyPanel->search()};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    // Ctrl+Return is the main window's Read/Send action (one action, never ambiguous); the
    // keypad's Enter is ours.
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &ComposerPane::send);
    auto *previewShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), this);
    previewShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previewShortcut, &QShortcut::activated, this, &ComposerPane::preview);

    connect(m_send, &QPushButton::clicked, this, &ComposerPane::send);
    connect(m_preview, &QPushButton::clicked, this, &ComposerPane::preview);
    connect(m_curl, &QPushButton::clicked, this, &ComposerPane::copyAsCurl);
    connect(m_bulk, &QPushButton::clicked, this, &ComposerPane::bulkProduceRequested);
    connect(m_templatesMenu, &TemplatesMenu::message, m_result, &QLabel::setText);
    connect(m_form, &ComposerForm::edited, this, &ComposerPane::syncFromForm);
    connect(m_form->value(), &ValueEditor::jsonProblemChanged, this, [this] {
        if (std::exchange(m_sendAfterCheck, false))
            send();
    });
    connect(m_form, &ComposerForm::loadFileRequested, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Load the value from a file"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, m_form, &ComposerForm::loadValueFromFile);
        dialog->open();
    });
    connect(m_composer, &Composer::draftReplaced, this, [this] { m_form->setRecord(m_composer->draft()); });
    connect(m_composer, &Composer::stateChanged, this, &ComposerPane::showState);
    connect(m_historyPanel, &HistoryPanel::loadRequested, m_composer, &Composer::loadHistoryEntry);
    connect(m_historyPanel, &HistoryPanel::sendAgainRequested, this, [this](int row) {
        m_composer->loadHistoryEntry(row);
        send();
    });
    connect(m_showInMessages, &QPushButton::clicked, this, [this] {
        const ProduceResult &r = m_composer->result();
        Q_EMIT showRecordRequested(r.topic.isEmpty() ? m_composer->lastSent().topic : r.topic, r.partition,
                                   r.offset);
    });
    connect(m_readNewest, &QPushButton::clicked, this, [this] {
        const ProduceRecord &sent = m_composer->lastSent();
        int partition = sent.partition.value_or(-1);
        if (partition < 0)
            partition = defaultPartition(sent, m_form->partitionCount()).value_or(-1);
        Q_EMIT readNewestRequested(sent.topic, partition);
    });
    connect(m_showRequest, &QPushButton::clicked, this,
            [this] { Q_EMIT showExchangeRequested(m_composer->error().journalId); });
    connect(connection, &OpenConnection::clientReady, this, [this] {
        m_composer->setClient(m_connection->client());
        refreshTarget();
    });

    m_form->setRecord(m_composer->draft());
    refreshTarget();
    showState();
}

ComposerPane::~ComposerPane() = default;

void ComposerPane::refreshTarget()
{
    m_form->setTarget(m_composer->target());
    m_send->setEnabled(!m_composer->sendingRefusal());
    m_send->setToolTip(m_composer->sendingRefusal().value_or(tr("Send the record (Ctrl+Enter)")));
    m_bulk->setEnabled(!m_composer->sendingRefusal());
    refreshPrediction();
}

void ComposerPane::syncFromForm()
{
    m_composer->updateDraft(m_form->record());
    m_form->showProblem(std::nullopt);
    if (m_prepared) { // the previewed record is not what the form says any more
        m_prepared.reset();
        m_previewBox->hide();
    }
    refreshPrediction();
}

void ComposerPane::refreshPrediction()
{
    const ComposedRecord draft = m_composer->draft();
    if (draft.partition) {
        m_form->setPredictedPartition(std::nullopt, {});
        return;
    }
    if (draft.keyEncoding == FieldEncoding::None) {
        m_form->setPredictedPartition(std::nullopt,
                                      tr("no key: the server spreads records over the partitions"));
        return;
    }
    if (hasTemplateVariables(draft.key) && draft.keyEncoding == FieldEncoding::Text) {
        m_form->setPredictedPartition(std::nullopt,
                                      tr("the key has variables: its partition is known when sent"));
        return;
    }
    const int count = m_form->partitionCount();
    if (count <= 0) {
        m_form->setPredictedPartition(std::nullopt, {});
        return;
    }
    m_form->setPredictedPartition(m_composer->predictedPartition(count), {});
}

void ComposerPane::showPreview(const PreparedSend &prepared, const QString &note)
{
    m_previewNote->setText(note);
    m_previewText->setPlainText(Composer::describe(prepared.request));
    m_previewBox->show();
}

void ComposerPane::preview()
{
    const auto prepared = m_composer->prepare();
    if (!prepared) {
        m_form->showProblem(prepared.error());
        return;
    }
    m_prepared = *prepared;
    showPreview(*prepared, prepared->hasVariables
                               ? tr("The exact request, variables expanded. Ctrl+Enter sends exactly this.")
                               : tr("The exact request. Ctrl+Enter sends it."));
}

void ComposerPane::send()
{
    if (m_composer->state() == Composer::State::Sending)
        return;
    if (auto refusal = m_composer->sendingRefusal()) {
        m_result->setText(*refusal);
        return;
    }
    const ComposedRecord draft = m_composer->draft();
    if (draft.valueEncoding == FieldEncoding::Text && draft.syntax == ValueSyntax::Json) {
        if (m_form->value()->isChecking()) {
            m_sendAfterCheck = true; // sends when the check of the newest text lands
            m_result->setText(tr("Checking the JSON…"));
            return;
        }
        if (m_form->value()->jsonProblem()) {
            // The editor already says where; this says why nothing happened.
            m_result->setText(
                tr("✖ Not sent: the value is not valid JSON. Fix it, or choose Plain text to send "
                   "it as it is."));
            m_form->value()->editor()->setFocus();
            return;
        }
    }
    if (m_prepared) {
        const PreparedSend prepared = *std::exchange(m_prepared, std::nullopt);
        m_previewBox->hide();
        m_composer->send(prepared);
        return;
    }
    const auto prepared = m_composer->prepare();
    if (!prepared) {
        m_form->showProblem(prepared.error());
        return;
    }
    if (prepared->hasVariables) {
        m_prepared = *prepared;
        showPreview(*prepared, tr("Variables expanded: this is the exact request. Press Ctrl+Enter again to "
                                  "send exactly this, or edit the form."));
        m_result->setText(tr("Look at the request, then send it."));
        return;
    }
    m_composer->send(*prepared);
}

QString ComposerPane::copyAsCurl()
{
    const QString command = m_composer->curl();
    if (command.isEmpty()) {
        const auto prepared = m_composer->prepare();
        m_form->showProblem(prepared ? std::optional(ComposeProblem{ComposeField::Topic,
                                                                    tr("The connection is not open yet.")})
                                     : std::optional(prepared.error()));
        return {};
    }
    QApplication::clipboard()->setText(command);
    m_result->setText(tr("A curl command that sends this record is on the clipboard (the secret is "
                         "$GREGOR_PASSWORD or $GREGOR_TOKEN)."));
    return command;
}

void ComposerPane::fillFrom(const Record &record)
{
    ComposedRecord composed = ComposedRecord::fromRecord(record);
    composed.format = m_composer->draft().format;
    m_composer->setDraft(composed);
    m_result->setText(tr("Filled from %1 · partition %2 · offset %3: change the topic to send it elsewhere.")
                          .arg(record.topic)
                          .arg(record.partition)
                          .arg(record.offset));
    m_form->topic()->setFocus();
}

void ComposerPane::showState()
{
    const Composer::State state = m_composer->state();
    m_send->setEnabled(state != Composer::State::Sending && !m_composer->sendingRefusal());
    m_showInMessages->setVisible(state == Composer::State::Sent);
    m_readNewest->setVisible(state == Composer::State::OutcomeUnknown);
    m_showRequest->setVisible(
        (state == Composer::State::Failed || state == Composer::State::OutcomeUnknown) &&
        m_composer->error().journalId != 0);
    switch (state) {
    case Composer::State::Idle:
        m_result->setText(tr("Ctrl+Enter sends the record."));
        break;
    case Composer::State::Sending:
        m_result->setText(tr("Sending…"));
        break;
    case Composer::State::Sent: {
        const ProduceResult &r = m_composer->result();
        QString text =
            tr("✔ Sent to %1 · partition %2 · offset %3").arg(r.topic).arg(r.partition).arg(r.offset);
        if (r.timestampMs)
            text += u" · "_s +
                    QDateTime::fromMSecsSinceEpoch(*r.timestampMs).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
        m_result->setText(text);
        break;
    }
    case Composer::State::Failed:
        m_result->setText(u"✖ "_s + m_composer->errorSentence());
        if (m_composer->error().journalId == 0 && !m_composer->errorSentence().isEmpty())
            m_form->showProblem(m_composer->prepare() ? std::nullopt
                                                      : std::optional(m_composer->prepare().error()));
        break;
    case Composer::State::OutcomeUnknown:
        m_result->setText(u"⚠ "_s + m_composer->errorSentence());
        break;
    }
}

void ComposerPane::saveTemplateAs(const QString &name)
{
    m_templatesMenu->saveAs(name);
}

} // namespace Gregor

#include "aboutdialog.h"

#include "ui/versioninfo.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Gregor"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(u"<h2>Gregor</h2>"_s, this);
    auto *text =
        new QLabel(tr("A desktop console for Apache Kafka over REST: Upstash, Confluent REST Proxy v2 "
                      "and v1 / IBM Message Hub."),
                   this);
    text->setWordWrap(true);
    auto *versions = new QLabel(versionLine(), this);
    versions->setObjectName(u"versions"_s);
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(versions);
    layout->addWidget(buttons);
}

} // namespace Gregor

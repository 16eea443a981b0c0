#pragma once
#include <QByteArray>
#include <QString>

class QWidget;

namespace Gregor::Test {

// Where tests write artefacts for review (PNG snapshots): <build>/test-output/<subdir>.
QString outputDir(const QString &subdir);

// Renders the widget into <build>/test-output/snapshots/<name>.png and returns the path.
QString saveSnapshot(QWidget *widget, const QString &name);

} // namespace Gregor::Test

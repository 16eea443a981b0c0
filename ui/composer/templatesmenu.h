// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QMenu>

namespace Gregor {

class AppSettings;
class Composer;

// The composer's templates: load one, save the form as one, open or move the folder they live
// in (plain JSON files, fit for version control). Rebuilt each time it opens.
class TemplatesMenu : public QMenu
{
    Q_OBJECT
public:
    TemplatesMenu(Composer *composer, AppSettings *settings, QWidget *parent = nullptr);

    void saveAs(const QString &name);

Q_SIGNALS:
    void message(const QString &sentence); // what happened, for the composer's status line

private:
    void rebuild();

    Composer *m_composer;
    AppSettings *m_settings;
};

} // namespace Gregor

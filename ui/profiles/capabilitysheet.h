// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/capabilities.h"

#include <QTreeWidget>

namespace Gregor {

// What a dialect can and cannot do, with the reason for each gap.
class CapabilitySheet : public QTreeWidget
{
    Q_OBJECT
public:
    explicit CapabilitySheet(QWidget *parent = nullptr);
    void showDialect(DialectKind kind);
};

} // namespace Gregor

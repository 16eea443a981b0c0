// Precompiled for the core, services, records and sandbox libraries (gregor_precompile): Qt
// Core's most included headers (qtcore.h) and Qt Network's.
#pragma once
#include "qtcore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#pragma once

#include <QLoggingCategory>

// Logging categories, one per area. Log paths, status codes and counts only: never headers,
// bodies or keys (run free text through Redaction::scrub).
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcFal)
Q_DECLARE_LOGGING_CATEGORY(lcNovita)
Q_DECLARE_LOGGING_CATEGORY(lcNebula)
Q_DECLARE_LOGGING_CATEGORY(lcFleet)
Q_DECLARE_LOGGING_CATEGORY(lcSimulator)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)

#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "gpufleet.core")
Q_LOGGING_CATEGORY(lcHttp, "gpufleet.providers.http")
Q_LOGGING_CATEGORY(lcFal, "gpufleet.providers.fal")
Q_LOGGING_CATEGORY(lcNovita, "gpufleet.providers.novita")
Q_LOGGING_CATEGORY(lcNebula, "gpufleet.providers.nebulablock")
Q_LOGGING_CATEGORY(lcFleet, "gpufleet.fleet")
Q_LOGGING_CATEGORY(lcSimulator, "gpufleet.simulator")
Q_LOGGING_CATEGORY(lcCli, "gpufleet.cli")
Q_LOGGING_CATEGORY(lcUi, "gpufleet.ui")
Q_LOGGING_CATEGORY(lcKeychain, "gpufleet.keychain")

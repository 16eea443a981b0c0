# Run by a test whose tool was not found at configure time: fails with what to install.
message(FATAL_ERROR "${TOOL} was not found when the build was configured, so this check cannot run: "
    "install ${PACKAGE} (it is in packaging/debian-build-deps.txt) and configure again.")

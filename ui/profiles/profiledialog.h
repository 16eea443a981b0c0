// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/services/connectionprofile.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Gregor {

class ConnectionTestWidget;
class DialectProbe;

// Creates or edits a connection profile: dialect (with auto-detect), URL, auth, secret storage,
// TLS, proxy, timeout, read-only; "Test connection" runs the steps and shows what the backend can do.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(const ConnectionProfile &profile, const ProfileSecrets &secrets, bool keychainAvailable,
                  QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // As edited; no URL of it holds credentials (those typed there are in secrets()).
    ConnectionProfile profile() const;
    QString secret() const;
    ProfileSecrets secrets() const;
    // Credentials were typed into a URL and moved to the auth and proxy fields.
    bool movedUrlCredentials() const { return m_movedUrlCredentials; }

    void setUrl(const QString &url);
    void setSecret(const QString &secret);
    void setAuth(ConnectionSettings::AuthKind kind, const QString &user);
    void testConnection();
    void autoDetect();
    ConnectionTestWidget *testWidget() const { return m_test; }

    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateFields();
    void moveUrlCredentials(); // out of the URL fields into the auth and proxy fields
    void setTabOrderToVisualOrder();
    QString validationError() const;

    ConnectionProfile m_original;
    bool m_keychainAvailable;
    QLineEdit *m_name;
    QPushButton *m_color;
    QString m_colorValue;
    QComboBox *m_dialect;
    QPushButton *m_detect;
    QLabel *m_detectResult;
    QLineEdit *m_url;
    QComboBox *m_auth;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QComboBox *m_secretMode;
    QLabel *m_keychainNote;
    QLineEdit *m_caFile;
    QLineEdit *m_clientCert;
    QLineEdit *m_clientKey;
    QLineEdit *m_pinned;
    QComboBox *m_proxy;
    QLineEdit *m_proxyUrl;
    QLineEdit *m_proxyPassword;
    QSpinBox *m_timeout;
    QSpinBox *m_maxResponse;
    QLabel *m_movedNote;
    bool m_movedUrlCredentials = false;
    QCheckBox *m_readOnly;
    QLabel *m_error;
    ConnectionTestWidget *m_test;
    QPointer<DialectProbe> m_probe;
};

} // namespace Gregor

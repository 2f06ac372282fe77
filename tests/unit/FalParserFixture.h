#pragma once

#include <QByteArray>
#include <QString>

// Fixture bodies and keys shared by the FalParser tests (tst_falparser_*.cpp).
namespace FalParserFixture {

using namespace Qt::Literals::StringLiterals;

inline const QByteArray ReadyBody =
    R"({"id":"inst_1","instance_type":"gpu_1x_h100_sxm5","region":"us-west",)"
    R"("ip":"203.0.113.42","status":"ready","creator_user_nickname":"alice"})";

inline const QString PublicKey =
    u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForFixturesOnly0000000000000000000 user@laptop"_s;
inline const QString PrivateKeyBody =
    u"b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2g"_s;

} // namespace FalParserFixture

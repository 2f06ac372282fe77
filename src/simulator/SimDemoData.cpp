#include "simulator/SimDemoData.h"

#include "simulator/SimulatedCloud.h"

using namespace Qt::Literals::StringLiterals;

namespace {
SimInstanceSeed seed(const QString &name, const QString &status, const QString &offering = {}, int gpus = 1,
                     const QString &region = {})
{
    SimInstanceSeed result;
    result.name = name;
    result.rawStatus = status;
    result.offeringId = offering;
    result.gpuCount = gpus;
    result.region = region;
    return result;
}
} // namespace

void SimDemoData::seed(SimulatedCloud &cloud, const QString &falKey, const QString &novitaKey,
                       const QString &nebulaKey)
{
    cloud.addAccount(Provider::Fal, falKey);
    cloud.addInstance(Provider::Fal, falKey, ::seed(u"fal-trainer"_s, u"ready"_s, {}, 1, u"us-west"_s));
    cloud.addInstance(Provider::Fal, falKey,
                      ::seed(u"fal-cluster"_s, u"ready"_s, u"gpu_8x_h100_sxm5"_s, 8, u"us-east"_s));
    cloud.addInstance(Provider::Fal, falKey, ::seed(u"fal-new"_s, u"provisioning"_s, {}, 1, u"eu-north"_s));
    cloud.addInstance(Provider::Fal, falKey, ::seed(u"fal-old"_s, u"stopped"_s, {}, 1, u"eu-west"_s));

    cloud.addAccount(Provider::Novita, novitaKey);
    cloud.addInstance(Provider::Novita, novitaKey,
                      ::seed(u"train-llama-01"_s, u"running"_s, u"4090.16c62g"_s));
    cloud.addInstance(Provider::Novita, novitaKey,
                      ::seed(u"eval-a100"_s, u"exited"_s, u"A100-80GB.14c240g"_s, 1, u"us-ca-06"_s));
    cloud.addInstance(Provider::Novita, novitaKey,
                      ::seed(u"spot-job-7"_s, u"creating"_s, u"4090.16c62g"_s, 2, u"eu-gb-01"_s));
    cloud.addInstance(Provider::Novita, novitaKey,
                      ::seed(u"render-l40s"_s, u"running"_s, u"L40S-48GB.16c96g"_s, 4));
    const QString broken = cloud.addInstance(Provider::Novita, novitaKey,
                                             ::seed(u"bad-image"_s, u"pulling"_s, u"4090.16c62g"_s));
    cloud.setInstanceStatus(Provider::Novita, novitaKey, broken, u"pulling"_s); // stays stuck
    cloud.setNovitaStatusError(novitaKey, broken, u"ImagePullBackOff"_s,
                               u"failed to pull image docker.io/example/does-not-exist:latest"_s);

    cloud.addAccount(Provider::NebulaBlock, nebulaKey);
    cloud.addNebulaSshKey(
        nebulaKey, u"demo-laptop"_s,
        u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDemoKeyForTheSimulatorOnly00000000000000 demo@laptop"_s);
    cloud.addInstance(
        Provider::NebulaBlock, nebulaKey,
        ::seed(u"qtgpu-3f9a1c2e"_s, u"Running"_s, u"expd0ce88325-aeb0-48d0-8216-09506b58f1dd"_s));
    cloud.addInstance(Provider::NebulaBlock, nebulaKey,
                      ::seed(u"h100-notebook"_s, u"Running"_s, u"fcp66d566c43a9501001256"_s));
    cloud.addInstance(Provider::NebulaBlock, nebulaKey,
                      ::seed(u"a100-batch"_s, u"Stopped"_s, u"expd4b024f34-c9f3-4c41-ade4-4b56bbe3c64b"_s));
    cloud.addInstance(
        Provider::NebulaBlock, nebulaKey,
        ::seed(u"h100x8-sweep"_s, u"Creating"_s, u"expd9a1c6e55-2b7f-4e0a-9c3d-5e8f7a6b4c21"_s, 8));
    const QString old =
        cloud.addInstance(Provider::NebulaBlock, nebulaKey, ::seed(u"old-experiment"_s, u"Running"_s));
    cloud.removeInstance(Provider::NebulaBlock, nebulaKey, old);
}

#include "widgets/CreateCatalogue.h"

QString CreateCatalogue::statusText(bool *isError) const
{
    if (isError)
        *isError = !error.isEmpty();
    if (!error.isEmpty())
        return tr("The catalogue could not be loaded: %1").arg(error);
    if (loading)
        return tr("Loading products…");
    if (offeringsLoaded && offerings.isEmpty())
        return tr("This account offers no products right now.");
    return {};
}

QString CreateCatalogue::blockingReason() const
{
    if (!offerings.isEmpty())
        return {};
    if (!error.isEmpty())
        return tr("The products could not be loaded; press Retry.");
    if (!offeringsLoaded)
        return tr("Loading products…");
    return {};
}

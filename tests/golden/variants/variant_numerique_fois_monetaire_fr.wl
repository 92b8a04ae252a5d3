// Un Variant contenant un numérique multiplié ou divisé par un monétaire est un
// numérique, comme le numérique lui-même multiplié par le monétaire, et comme leur somme
// (TypeVar 13, wlNumérique) : le produit est calculé avec les 6 décimales du monétaire,
// la marque gardée. Un Variant contenant un monétaire multiplié par un monétaire reste
// un monétaire (10). docs/semantics.md "A numeric is named a numeric".
nQté est un numérique = 3
mPrix est un monétaire = 2.5
vGardé est un Variant = nQté
Trace(vGardé * mPrix, TypeVar(vGardé * mPrix)) // expect: 7.5, 13
Trace(mPrix * vGardé, TypeVar(mPrix * vGardé)) // expect: 7.5, 13
Trace(TypeVar(vGardé / mPrix), TypeVar(vGardé + mPrix), TypeVar(nQté * mPrix)) // expect: 13, 13, 13
vPrix est un Variant = mPrix
Trace(TypeVar(vPrix * mPrix), TypeVar(vGardé * vPrix)) // expect: 10, 13

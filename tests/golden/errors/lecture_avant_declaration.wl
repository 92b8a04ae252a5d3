// une variable locale lue avant sa déclaration : une erreur WLangage à cette ligne, pas un plantage
SI bPrêt ALORS Trace("prêt") // expect error: 'bPrêt' is used before its declaration
bPrêt est un booléen = Vrai

// NumériqueVersChaîne(x, maskMonétaireSystème) : un montant écrit comme les paramètres
// régionaux du système écrivent la monnaie ; wlinterp l'écrit comme une installation
// française de Windows par défaut, celle que suit maskDateSystème (DECIDED :
// docs/builtins.md "NumToString with maskSystemCurrency")
Trace(NumériqueVersChaîne(1234.56, maskMonétaireSystème)) // expect: 1 234,56 €
Trace(NumériqueVersChaîne(-1234567.891, maskMonetaireSysteme)) // expect: -1 234 567,89 €
Trace(NumériqueVersChaîne(0.005, maskMonétaireSystème)) // expect: 0,01 €
mMontant est un monétaire = 19.9
Trace(NumériqueVersChaîne(mMontant, maskSystemCurrency)) // expect: 19,90 €
nQuantité est un entier = 3
Trace(NumériqueVersChaîne(nQuantité * mMontant, maskMonétaireSystème)) // expect: 59,70 €

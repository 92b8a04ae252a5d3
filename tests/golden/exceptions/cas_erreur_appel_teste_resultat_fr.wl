// Un traitement qui a une section CAS ERREUR: laisse au code les erreurs d'un appel qu'il
// teste lui-même (ErreurPropage ?3034015, « Cas particulier »), aussi quand l'appel donne
// son résultat à une variable (`s = fChargeTexte(f)`, `s est une chaîne = fChargeTexte(f)`)
// et quand le test joint d'autres conditions ou demande le contraire (`SI ErreurDétectée()
// _OU_ s = "" ALORS`, `SI PAS ErreurDétectée ALORS`), comme les classes de PC SOFT
// l'écrivent, et `SI f() = Vrai ALORS` (?3034010). Ils passaient dans CAS ERREUR:
// (INFERRED, docs/semantics.md).
Trace(Affecté())
// expect: testé après une affectation
Trace(Déclaré())
// expect: testé après une déclaration
Trace(TestJoint())
// expect: testé avec _OU_, défaut
Trace(Nié())
// expect: testé avec PAS
Trace(ComparéÀVrai())
// expect: testé avec = Vrai
Trace(NonTesté())
// expect: CAS ERREUR
Trace(TestéTropTard())
// expect: CAS ERREUR

PROCÉDURE Affecté()
sTexte est une chaîne
sTexte = fChargeTexte("/inexistant/wlinterp/a.txt")
SI ErreurDétectée = Vrai ALORS RENVOYER "testé après une affectation" + sTexte
RENVOYER "pas atteint"
CAS ERREUR:
RENVOYER "CAS ERREUR"

PROCÉDURE Déclaré()
sTexte est une chaîne = fChargeTexte("/inexistant/wlinterp/b.txt")
SI ErreurDétectée ALORS RENVOYER "testé après une déclaration" + sTexte
RENVOYER "pas atteint"
CAS ERREUR:
RENVOYER "CAS ERREUR"

PROCÉDURE TestJoint()
sTexte est une chaîne
sTexte = Chargé("/inexistant/wlinterp/c.txt")
SI ErreurDétectée() _OU_ sTexte = "" ALORS RENVOYER "testé avec _OU_, " + sTexte
RENVOYER "pas atteint"
CAS ERREUR:
RENVOYER "CAS ERREUR"

PROCÉDURE Nié()
sTexte est une chaîne = fChargeTexte("/inexistant/wlinterp/d.txt")
SI PAS ErreurDétectée ALORS RENVOYER "pas atteint"
RENVOYER "testé avec PAS" + sTexte
CAS ERREUR:
RENVOYER "CAS ERREUR"

PROCÉDURE ComparéÀVrai()
SI fSupprime("/inexistant/wlinterp/g.txt") = Vrai ALORS RENVOYER "pas atteint"
RENVOYER "testé avec = Vrai"
CAS ERREUR:
RENVOYER "CAS ERREUR"

PROCÉDURE NonTesté()
sTexte est une chaîne = fChargeTexte("/inexistant/wlinterp/e.txt")
RENVOYER "pas atteint " + sTexte
CAS ERREUR:
RENVOYER "CAS ERREUR"

PROCÉDURE TestéTropTard()
sTexte est une chaîne = fChargeTexte("/inexistant/wlinterp/f.txt")
sTexte += "!"
SI ErreurDétectée ALORS RENVOYER "pas atteint"
RENVOYER "pas atteint"
CAS ERREUR:
RENVOYER "CAS ERREUR"

PROCÉDURE Chargé(sFichier)
sContenu est une chaîne = fChargeTexte(sFichier)
RENVOYER sContenu
CAS ERREUR:
ErreurPropage()
RENVOYER "défaut"

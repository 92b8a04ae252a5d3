// Page d'aide "Instruction de compilation : SI CibleExécution" (doc.pcsoft.fr ?1510028) :
// son exemple, une Trace à la place de chaque fonction de fenêtre ou de page (wlinterp est
// une application Linux : aucune de ces branches n'est compilée), puis ses quatre syntaxes.
<SI CibleExécution=ApplicationWindows OU CibleExécution=Java>
Trace("Ouvre(FEN_Menu)")
<FIN>
<SI CibleExécution=Android OU CibleExécution=iOS>
Trace("OuvreFenêtreMobile(FEN_Menu)")
<FIN>
<SI CibleExécution=Site>
Trace("PageAffiche(PAGE_Login)")
<FIN>
// Cible d'exécution simple
<SI CibleExécution=ApplicationLinux>
Trace("Linux") // expect: Linux
<FIN>
// Combinaison de conditions
<SI CibleExécution=Android OU CibleExécution=ApplicationLinux>
Trace("Android ou Linux") // expect: Android ou Linux
<FIN>
// Utilisation de l'opérateur <>
<SI CibleExécution <> Site>
Trace("pas un site") // expect: pas un site
<FIN>
// Utilisation d'un bloc SINON
<SI CibleExécution <> ApplicationLinux>
Trace("autre cible")
<SINON>
Trace("la cible est Linux") // expect: la cible est Linux
<FIN>

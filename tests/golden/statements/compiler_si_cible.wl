// blocs <SI CibleExécution=...> : wlinterp exécute la branche WINDEV
<SI CibleExécution=WEBDEV>
Trace("webdev")
<SINON SI CibleExécution=WINDEV>
Trace("windev") // expect: windev
<FIN>
Trace("après") // expect: après

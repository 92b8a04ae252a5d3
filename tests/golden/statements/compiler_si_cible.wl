// blocs <SI CibleExécution=...> : wlinterp est une application Linux
<SI CibleExécution=ApplicationWindows>
Trace("windows")
<SINON SI CibleExécution=ApplicationLinux>
Trace("linux") // expect: linux
<FIN>
<COMPILE SI CibleExecution=Android OU CibleExécution=iOS>
Trace("mobile")
<SINON>
Trace("pas mobile") // expect: pas mobile
<FIN>
<SI CibleExécution <> Site ET TypeConfiguration = Linux>
Trace("et vérifié") // expect: et vérifié
<FIN>
Trace("après") // expect: après

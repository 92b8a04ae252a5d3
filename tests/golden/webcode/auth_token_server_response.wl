// AuthToken.ServerResponse / RéponseServeur: the token endpoint's answer (JSON) that
// AuthIdentify received, as real code reads it (`vJson = JSONVersVariant(Auth.
// RéponseServeur)` then `vJson.id_token`, a Firebase SDK for WINDEV signing in with
// Google): it stopped the run ("AuthToken has no property"); it is the property
// wlinterp called ServiceData (INFERRED: no stored page lists AuthToken's properties).
// A token no sign-in filled holds no answer.
tokEmpty is AuthToken
Trace(Length(tokEmpty.ServerResponse), tokEmpty.Valid) // expect: 0, 0
Trace(tokEmpty.ServerResponse = tokEmpty.ServiceData) // expect: 1
vAnswer is Variant = JSONToVariant(tokEmpty.ServerResponse)
Trace(vAnswer.id_token = Null) // expect: 1

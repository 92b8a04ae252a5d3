// ..Type and ..Value of the nodes of a JSON variable (decided: the "Properties specific
// to JSON variables" section of the JSON type page could not be read). ..Type is the
// wl... constant TypeVar gives (an object wlVariant, an array wlArray, a number wlInt or
// wlReal, a text wlString, true/false wlBoolean, null and a member never written wlNull);
// ..Value is the node's value (Null for a member never written).
j is JSON = "{""id"": 5, ""name"": ""Luke"", ""score"": 9.5, ""force"": true, ""ship"": null, ""tags"": [""a"", ""b""], ""home"": {""planet"": ""Tatooine""}}"
Trace(j..Type = wlVariant, j.home..Type = wlVariant, j.tags..Type = wlArray) // expect: 1, 1, 1
Trace(j.id..Type = wlInt, j.score..Type = wlReal, j.name..Type = wlString) // expect: 1, 1, 1
Trace(j.force..Type = wlBoolean, j.ship..Type = wlNull, j.age..Type = wlNull) // expect: 1, 1, 1
Trace(j.id..Value, j.name..Value, j.home.planet..Value) // expect: 5, Luke, Tatooine
Trace(j.age..Value = Null, j.age..Exist, j.home..Value) // expect: 1, 0, {"planet":"Tatooine"}
Trace(j.tags[2]..Value, j.tags[2]..Type = wlString) // expect: b, 1
FOR EACH v OF j.tags
    Trace(v..Value)
END
// expect: a
// expect: b

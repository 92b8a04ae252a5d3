// Help page Serialize (?3013065): its example as written, with a Trace of the rebuilt
// array (the page says Deserialize rebuilds the array from the JSON string).
// This example explains how to use the Serialize/Deserialize functions
// with an Array variable. 
// These functions can use all types of WLanguage variables.

MyArray is array of strings
bufResult is Buffer

// Adds elements into the array
Add(MyArray, "WINDEV")
Add(MyArray, "WEBDEV")
Add(MyArray, "WINDEV MOBILE")

// Serialize the array in the buffer in JSON
// => Save the array and its entire content in a JSON string
Serialize(MyArray, bufResult, psdJSON)

// Deserialize the JSON buffer
// => Rebuild the WLanguage array from the JSON string
MyRebuiltArray is array of strings
Deserialize(MyRebuiltArray, bufResult, psdJSON)
Trace(MyRebuiltArray.Count, MyRebuiltArray[1], MyRebuiltArray[3]) // expect: 3, WINDEV, WINDEV MOBILE

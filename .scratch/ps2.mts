import { placeScores, findPlaces } from "../src/describe/places.js";
const [h, t] = process.argv.slice(2);
console.log(placeScores({ text: t ?? "", headline: h ?? "" }), findPlaces(t ?? "", h ?? "").place);

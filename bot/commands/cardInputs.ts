// Values that card buttons carry back, checked like any other input (a card can be tampered with).
export { cardId } from "../../cards/actions.js";

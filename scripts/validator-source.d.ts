/** The text of src/strategy/accepts-strategy.generated.js, from schema/strategy-v1.json. */
export declare function generateValidator(): string;

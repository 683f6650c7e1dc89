/** Whether `data` is a valid strategy of format v1 (see scripts/generate-validator.js). */
export declare function validate(data: unknown): boolean;
export default validate;

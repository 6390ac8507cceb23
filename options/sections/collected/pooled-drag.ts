/** The drag data type of a collected link dragged from the column onto the draft's list; its value is the link's id. */
export const POOLED_LINK_TYPE = 'application/x-curator-pooled-link';

export const id = 921;
export const ids = [921];
export const modules = {

/***/ 56921:
/***/ ((module) => {

module.exports = eval("require")("@node-rs/xxhash");


/***/ })

};

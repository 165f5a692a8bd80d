export const id = 494;
export const ids = [494];
export const modules = {

/***/ 15494:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const MemoryStorage = __webpack_require__(83626);

module.exports = MemoryStorage;


/***/ })

};
